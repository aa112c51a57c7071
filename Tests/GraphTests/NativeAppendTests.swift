import XCTest
import Foundation
import Extraction
@testable import Graph

/// An append to a native file gives the graph one build of everything gives, while the file's
/// earlier evidence is carried over byte for byte.
final class NativeAppendTests: XCTestCase {
    private static let header = "subject\trelation\tobject\tsubject_type\tobject_type\tdocument\tsentence\tevidence\n"

    /// Two Campbells, a bare surname, a title and an edge stated again in a later document.
    private static let first = header + """
        Alastair Campbell\tadvise\tTony Blair\tperson\tperson\ta1.txt\t0\tAlastair Campbell advised Tony Blair.
        Campbell\tattack\tBBC\tperson\torganization\ta1.txt\t1\tCampbell attacked the BBC.
        Russia\tarm\tMali\tcountry\tcountry\ta2.txt\t0\tRussia armed Mali.
        Mali\tcourt\tRussia\tcountry\tcountry\ta2.txt\t1\tMali courted Russia.
        France\twithdraw from\tMali\tcountry\tcountry\ta2.txt\t2\tFrance withdrew from Mali.

        """
    private static let second = header + """
        Naomi Campbell\tsue\tDaily Mirror\tperson\torganization\tb1.txt\t0\tNaomi Campbell sued the Daily Mirror.
        Campbell\twin\tDaily Mirror\tperson\torganization\tb1.txt\t1\tCampbell won against the Daily Mirror.
        Russia\tarm\tMali\tcountry\tcountry\tb1.txt\t2\tRussia armed Mali again.
        Mr Blair\tmeet\tRussia\tperson\tcountry\tb1.txt\t3\tMr Blair met Russia.

        """
    /// A document the file already holds, read again with one statement more.
    private static let third = header + """
        Russia\tarm\tMali\tcountry\tcountry\ta2.txt\t0\tRussia armed Mali.
        Chad\tjoin\tMali\tcountry\tcountry\ta2.txt\t3\tChad joined Mali.

        """

    private func imported(_ texts: [String], seed: [String: String] = [:]) throws -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        graph.documents = seed
        for text in texts { try graph.importTriples(Data(text.utf8), format: .tsv, path: "t.tsv") }
        return graph
    }

    /// The file after building `first`, then appending each of `then` in turn.
    private func appending(_ then: [String], to first: String) throws -> Data {
        var data = try imported([first]).canonicalized().nativeData()
        for text in then {
            let file = try NativeGraph(data: data, path: "g.ngraph")
            data = try NativeAppend(file: file, adding: try imported([text], seed: try file.documents()), replacing: []).nativeData()
        }
        return data
    }

    func testAppendGivesTheGraphOfOneBuild() throws {
        for order in [[Self.first, Self.second, Self.third], [Self.second, Self.first], [Self.first, Self.third, Self.second, Self.third]] {
            let data = try appending(Array(order.dropFirst()), to: order[0])
            let whole = try imported(order).canonicalized()
            let loaded = try KnowledgeGraph(nativeData: data, path: "g.ngraph")
            XCTAssertEqual(String(decoding: try loaded.jsonData(), as: UTF8.self), String(decoding: try whole.jsonData(), as: UTF8.self))
            XCTAssertEqual(data[NativeFormat.magic.count], UInt8(NativeFormat.appendedVersion))
        }
    }

    func testAppendKeepsEarlierEvidenceByteForByteAndReadsItLazily() throws {
        let original = try imported([Self.first]).canonicalized().nativeData()
        let data = try appending([Self.second], to: Self.first)
        let before = try NativeGraph(data: original, path: "a.ngraph"), after = try NativeGraph(data: data, path: "b.ngraph")
        XCTAssertEqual(data[after.evidenceStore.ranges[0]], original[before.evidenceStore.ranges[0]])
        XCTAssertEqual(after.evidenceStore.segments.count, 2)
        // Russia → Mali now has statements in both segments; the lazy read joins them in order.
        let whole = try imported([Self.first, Self.second]).canonicalized()
        let lazy = try after.graph(loading: .structure)
        for edge in whole.edges { XCTAssertEqual(try lazy.evidence(of: edge.id), edge.evidence, edge.relation) }
        let arms = try XCTUnwrap(whole.edges.first { $0.relation == "arm" })
        XCTAssertEqual(arms.evidence.map(\.document), ["a2.txt", "b1.txt"])
        XCTAssertEqual(after.evidenceStore.references(of: arms.id.index).map(\.segment), [0, 1])
    }

    func testReplacedDocumentLosesItsEarlierStatements() throws {
        let original = try imported([Self.first]).canonicalized().nativeData()
        let file = try NativeGraph(data: original, path: "g.ngraph")
        let changed = Self.header + "Chad\tjoin\tMali\tcountry\tcountry\ta2.txt\t0\tChad joined Mali.\n"
        let data = try NativeAppend(file: file, adding: try imported([changed], seed: try file.documents()), replacing: ["a2.txt"]).nativeData()
        let expected = try imported([Self.first]).removingDocument("a2.txt")
        var rebuilt = expected
        try rebuilt.importTriples(Data(changed.utf8), format: .tsv, path: "t.tsv")
        let loaded = try KnowledgeGraph(nativeData: data, path: "g.ngraph")
        XCTAssertEqual(try loaded.jsonData(), try rebuilt.canonicalized().jsonData())
        XCTAssertNil(loaded.node(named: "France"), "France was named only in the replaced document")
        XCTAssertEqual(loaded.edges.map(\.relation).sorted(), ["advise", "attack", "join"])
    }

    func testAppendedFileIsCheckedLikeAnyOther() throws {
        let data = try appending([Self.second, Self.third], to: Self.first)
        let sections = try NativeGraph(data: data, path: "d.ngraph").sections
        XCTAssertNotNil(sections[.evidenceSegments])
        XCTAssertNotNil(sections[.evidenceMap])
        for offset in sections.values.flatMap({ stride(from: $0.lowerBound, to: $0.upperBound, by: 3) }) {
            var damaged = data
            damaged[offset] ^= 0x5A
            XCTAssertThrowsError(try KnowledgeGraph(nativeData: damaged, path: "d.ngraph"), "byte \(offset)") { error in
                guard case .corruptGraph? = error as? GraphError else { return XCTFail("byte \(offset): \(error)") }
            }
        }
        for length in stride(from: 0, to: data.count, by: max(1, data.count / 61)) {
            XCTAssertThrowsError(try KnowledgeGraph(nativeData: data.prefix(length), path: "t.ngraph"), "length \(length)")
        }
    }

    /// The map keeps runs of consecutive items and the extra items of edges with several, and reads back
    /// every edge's references in order.
    func testEvidenceMapRoundTripsRunsAndExtras() throws {
        var random = LCG(state: 3)
        let itemCounts = [500, 40, 900]
        var offsets: [UInt32] = [0], references: [UInt64] = [], expected: [[(Int, Int)]] = []
        var next = (segment: 0, item: 0)
        for _ in 0..<700 {
            // Mostly the next item of the run, now and then a jump, and a few edges with more items.
            if random.next(9) == 0 || next.item >= itemCounts[next.segment] {
                next = (random.next(3), 0)
                next.item = random.next(itemCounts[next.segment])
            }
            var edge = [(next.segment, next.item)]
            next.item += 1
            for _ in 0..<(random.next(6) == 0 ? 1 + random.next(3) : 0) {
                let segment = random.next(3)
                edge.append((segment, random.next(itemCounts[segment])))
            }
            for reference in edge { references.append(EvidenceMap.packed(segment: reference.0, item: reference.1)) }
            offsets.append(UInt32(references.count))
            expected.append(edge)
        }
        let bytes = EvidenceMap.encoded(offsets: offsets, references: references)
        let map = try ByteCursor.withBytes(of: Data(bytes)) { (raw: UnsafeRawBufferPointer) throws(GraphError) in
            var cursor = ByteCursor(raw, path: "m", what: "map")
            return try EvidenceMap(&cursor, edgeCount: expected.count, itemCounts: itemCounts)
        }
        for (edge, references) in expected.enumerated() {
            XCTAssertEqual(map.references(of: edge).map { "\($0.segment):\($0.item)" }, references.map { "\($0.0):\($0.1)" }, "edge \(edge)")
        }
        XCTAssertLessThan(bytes.count, 16 * references.count, "runs take less than a reference an edge")
        XCTAssertThrowsError(try ByteCursor.withBytes(of: Data(bytes)) { (raw: UnsafeRawBufferPointer) throws(GraphError) in
            var cursor = ByteCursor(raw, path: "m", what: "map")
            return try EvidenceMap(&cursor, edgeCount: expected.count, itemCounts: [500, 40, 10])
        }, "a reference past a segment's items")
    }

    /// An append onto a file whose earlier segments are damaged fails instead of copying the damage on
    /// under a new checksum.
    func testAppendRefusesDamagedSegments() throws {
        var data = try appending([Self.second], to: Self.first)
        let range = try XCTUnwrap(try NativeGraph(data: data, path: "d.ngraph").sections[.evidenceSegments])
        data[range.lowerBound + range.count / 2] ^= 0x40
        let file = try NativeGraph(data: data, path: "d.ngraph")
        XCTAssertThrowsError(try NativeAppend(file: file, adding: try imported([Self.third], seed: try file.documents()), replacing: [])) { error in
            XCTAssertEqual(error as? GraphError, .corruptGraph(path: "d.ngraph", reason: "the evidenceSegments section fails its checksum (damaged file)"))
        }
    }

    /// A version-2 file without its map is refused, not read with the wrong evidence.
    func testVersionTwoWithoutItsMapIsRefused() throws {
        var data = try appending([Self.second], to: Self.first)
        let table = NativeFormat.headerSize
        let count = Int(data[NativeFormat.magic.count + 4])
        for entry in 0..<count where data[table + entry * NativeFormat.entrySize] == UInt8(NativeFormat.Section.evidenceMap.rawValue) {
            data[table + entry * NativeFormat.entrySize] = 99
        }
        XCTAssertThrowsError(try NativeGraph(data: data, path: "m.ngraph")) { error in
            XCTAssertEqual(error as? GraphError, .corruptGraph(path: "m.ngraph", reason: "no evidenceMap section"))
        }
    }

    /// Random statements over names that join and split across documents (bare surnames, full names,
    /// descriptions, countries by demonym-free names), cut into random parts appended in turn, some parts
    /// re-reading a document: always the graph of one build.
    func testRandomAppendsGiveTheGraphOfOneBuild() throws {
        let actors = [("Campbell", "person"), ("Sol Campbell", "person"), ("Naomi Campbell", "person"), ("Mr Campbell", "person"),
                      ("Russia", "country"), ("the minister", "person"), ("Arsenal", "organization"), ("Arsenal", "person"),
                      ("Labour", "organization"), ("the Labour Party", "organization"), ("Blair", "person"), ("Tony Blair", "person"),
                      ("Chelsea", "other"), ("the club", "organization")]
        let relations = ["meet", "sign", "sue", "arm"]
        var random = LCG(state: 17)
        for round in 0..<12 {
            var lines: [String] = []
            for index in 0..<(20 + random.next(40)) {
                let subject = actors[random.next(actors.count)], object = actors[random.next(actors.count)]
                let document = "d\(random.next(8)).txt", relation = relations[random.next(relations.count)]
                lines.append("\(subject.0)\t\(relation)\t\(object.0)\t\(subject.1)\t\(object.1)\t\(document)\t\(index)\tSentence \(index).")
            }
            // Parts by document, in a random order; a part now and then is read twice.
            var parts: [String] = []
            for document in (0..<8).map({ "d\($0).txt" }).shuffled(using: &random) {
                let rows = lines.filter { $0.contains("\t\(document)\t") }
                guard !rows.isEmpty else { continue }
                parts.append(Self.header + rows.joined(separator: "\n") + "\n")
                if random.next(4) == 0 { parts.append(parts[parts.count - 1]) }
            }
            guard let first = parts.first else { continue }
            let data = try appending(Array(parts.dropFirst()), to: first)
            let whole = try imported(parts).canonicalized()
            XCTAssertEqual(String(decoding: try KnowledgeGraph(nativeData: data, path: "r.ngraph").jsonData(), as: UTF8.self),
                           String(decoding: try whole.jsonData(), as: UTF8.self), "round \(round)")
        }
    }
}

extension LCG: RandomNumberGenerator {
    mutating func next() -> UInt64 { UInt64(next(Int.max)) &* 2 &+ UInt64(next(2)) }
}

