import Foundation

/// The trained tagger, lemmatizer and parser, stored together in one binary file.
///
/// File layout: magic "NGNLPMDL", format version (UInt32), payload length (UInt64), checksum of the
/// payload (UInt64; FNV-1a-style over 8-byte words), then the payload: tagger, lemmatizer, parser.
public struct NLPModel: Sendable {
    static let magic: [UInt8] = Array("NGNLPMDL".utf8)
    static let formatVersion: UInt32 = 3
    /// The bundled model's resource name (in Sources/NLP/Resources).
    public static let bundledName = "english"
    /// The bundled model's file extension.
    public static let fileExtension = "ngmodel"

    let tagger: TaggerModel
    let lemmatizer: LemmatizerModel
    let parser: ParserModel

    /// The model file as bytes.
    /// - Complexity: O(size).
    public func serialized() -> [UInt8] {
        var payload = BinaryWriter()
        tagger.write(to: &payload)
        lemmatizer.write(to: &payload)
        payload.write(parser.beamWidth)
        payload.write(parser.labels)
        parser.linear.write(to: &payload)
        var bytes = Self.magic
        withUnsafeBytes(of: Self.formatVersion.littleEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt64(payload.bytes.count).littleEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: Self.checksum(payload.bytes[...]).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: payload.bytes)
        return bytes
    }

    /// Writes the model to `path` atomically, so a failed write never leaves half a file.
    public func write(to path: String) throws {
        do {
            try Data(serialized()).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw NLPError.unreadable(path: path, reason: "cannot write model: \(error.localizedDescription)")
        }
    }

    /// Loads a model file, checking magic, version, length and checksum.
    public static func load(path: String) throws -> NLPModel {
        guard FileManager.default.fileExists(atPath: path) else { throw NLPError.modelNotFound(path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NLPError.unreadable(path: path, reason: "not readable")
        }
        return try decode([UInt8](data), path: path)
    }

    /// Decodes model bytes; `path` names the source in errors.
    static func decode(_ bytes: [UInt8], path: String) throws -> NLPModel {
        let headerSize = magic.count + 4 + 8 + 8
        guard bytes.count >= headerSize, Array(bytes[0..<magic.count]) == magic else {
            throw NLPError.corruptModel(path: path, reason: "not a NewsGraph model file")
        }
        var header = BinaryReader(Array(bytes[magic.count..<headerSize]), path: path)
        let version = try header.readUInt32()
        guard version == formatVersion else {
            throw NLPError.corruptModel(path: path, reason: "format version \(version), expected \(formatVersion)")
        }
        let length = try header.readUInt64(), checksum = try header.readUInt64()
        guard length == UInt64(bytes.count - headerSize) else {
            throw NLPError.corruptModel(path: path, reason: "payload is \(bytes.count - headerSize) bytes, header says \(length)")
        }
        guard Self.checksum(bytes[headerSize...]) == checksum else {
            throw NLPError.corruptModel(path: path, reason: "checksum mismatch")
        }
        var reader = BinaryReader(bytes, offset: headerSize, path: path)
        let tagger = try TaggerModel.read(from: &reader, path: path)
        let lemmatizer = try LemmatizerModel.read(from: &reader, path: path)
        let beamWidth = try reader.readInt(limit: 256)
        let labels = try reader.readStrings()
        let linear = try LinearModel.read(from: &reader, path: path)
        guard labels.isEmpty || linear.classes == 1 + 2 * labels.count else {
            throw NLPError.corruptModel(path: path, reason: "parser has \(labels.count) labels but \(linear.classes) weight columns")
        }
        guard reader.isAtEnd else { throw NLPError.corruptModel(path: path, reason: "trailing bytes") }
        return NLPModel(tagger: tagger, lemmatizer: lemmatizer, parser: ParserModel(labels: labels, linear: linear, beamWidth: beamWidth))
    }

    /// An FNV-1a-style 64-bit hash over `bytes`, eight bytes at a time (so a large model checks fast).
    /// - Complexity: O(n).
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            let words = raw.count / 8
            for index in 0..<words {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) &* 0x0000_0100_0000_01b3
                hash ^= hash >> 29
            }
            for index in (words * 8)..<raw.count { hash = (hash ^ UInt64(raw[index])) &* 0x0000_0100_0000_01b3 }
            return hash
        }
    }
}
