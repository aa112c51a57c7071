import Foundation
@preconcurrency import CGraphviz

/// Thin typed access to libcgraph objects; every function expects the engine's lock held.
enum CGraphAccess {
    /// The kinds of object attributes belong to (cgraph's AGRAPH, AGNODE, AGEDGE).
    enum Kind {
        case graph, node, edge

        var raw: Int32 {
            switch self {
            case .graph: return Int32(AGRAPH)
            case .node: return Int32(AGNODE)
            case .edge: return Int32(AGEDGE)
            }
        }
    }

    /// Declares attribute `name` for `kind` with a default (for the root graph kind, this also
    /// sets the graph's own value).
    @discardableResult
    static func declare(_ graph: UnsafeMutablePointer<Agraph_t>, _ kind: Kind, _ name: String,
                        _ defaultValue: String) throws -> UnsafeMutablePointer<Agsym_t> {
        let symbol = name.withCString { cName in
            defaultValue.withCString { cValue in
                agattr(graph, kind.raw, UnsafeMutablePointer(mutating: cName), UnsafeMutablePointer(mutating: cValue))
            }
        }
        guard let symbol else {
            throw GraphvizError.internalError("cannot declare attribute '\(name)'")
        }
        return symbol
    }

    /// The declared attribute `name` for `kind`, or nil when the graph never mentions it.
    static func symbol(_ graph: UnsafeMutablePointer<Agraph_t>, _ kind: Kind, _ name: String) -> UnsafeMutablePointer<Agsym_t>? {
        name.withCString { agattr(graph, kind.raw, UnsafeMutablePointer(mutating: $0), nil) }
    }

    /// Sets an attribute value on a node, edge or graph (cgraph copies the string).
    static func set(_ object: UnsafeMutableRawPointer, _ symbol: UnsafeMutablePointer<Agsym_t>, _ value: String) {
        _ = value.withCString { agxset(object, symbol, UnsafeMutablePointer(mutating: $0)) }
    }

    /// An attribute value, or nil when the attribute is undeclared.
    static func get(_ object: UnsafeMutableRawPointer, _ symbol: UnsafeMutablePointer<Agsym_t>?) -> String? {
        guard let symbol, let value = agxget(object, symbol) else { return nil }
        return String(cString: value)
    }

    /// True when `object`'s value for `symbol` is an HTML-like string (`<…>` in DOT).
    static func isHTML(_ object: UnsafeMutableRawPointer, _ symbol: UnsafeMutablePointer<Agsym_t>?) -> Bool {
        guard let symbol, let value = agxget(object, symbol) else { return false }
        return aghtmlstr(value) != 0
    }

    /// The object's name (node id, edge key, graph name), or "" when it has none.
    static func name(_ object: UnsafeMutableRawPointer) -> String {
        guard let cName = agnameof(object) else { return "" }
        return String(cString: cName)
    }

    /// Runs agwrite into memory and returns the text.
    static func write(_ graph: UnsafeMutablePointer<Agraph_t>) throws -> String {
        var buffer: UnsafeMutablePointer<CChar>?
        var size = 0
        guard let stream = open_memstream(&buffer, &size) else {
            throw GraphvizError.internalError("open_memstream failed")
        }
        let status = agwrite(graph, stream)
        fclose(stream)
        defer { free(buffer) }
        guard status != EOF, let buffer else {
            throw GraphvizError.internalError(GraphvizMessages.summary(or: "agwrite failed"))
        }
        return String(cString: buffer)
    }
}
