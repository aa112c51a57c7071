extension TaggerModel {
    /// Writes the classes, the ambiguity classes (sorted, so files are reproducible) and the weights.
    func write(to writer: inout BinaryWriter) {
        writer.write(upos)
        writer.write(xpos)
        let words = ambiguities.keys.sorted()
        writer.write(integers: words)
        writer.write(integers: words.map { ambiguities[$0] ?? 0 })
        linear.write(to: &writer)
    }

    /// Reads a tagger written by `write(to:)`.
    static func read(from reader: inout BinaryReader, path: String) throws -> TaggerModel {
        let upos = try reader.readStrings(), xpos = try reader.readStrings()
        let words = try reader.readIntegers(UInt64.self), classes = try reader.readIntegers(UInt64.self)
        guard upos.count == xpos.count, words.count == classes.count else {
            throw NLPError.corruptModel(path: path, reason: "tagger tables disagree in size")
        }
        let linear = try LinearModel.read(from: &reader, path: path)
        guard linear.classes == upos.count else {
            throw NLPError.corruptModel(path: path, reason: "tagger has \(upos.count) tags but \(linear.classes) weight columns")
        }
        return TaggerModel(upos: upos, xpos: xpos, ambiguities: Dictionary(zip(words, classes), uniquingKeysWith: { first, _ in first }),
                           linear: linear)
    }
}
