extension LemmatizerModel {
    /// Writes the table and rules, sorted so files are reproducible.
    func write(to writer: inout BinaryWriter) {
        let keys = table.keys.sorted()
        writer.write(keys)
        writer.write(keys.map { table[$0] ?? "" })
        let ruleKeys = rules.keys.sorted()
        writer.write(ruleKeys)
        writer.write(ruleKeys.map { rules[$0]?.strip ?? 0 }.map { String($0) })
        writer.write(ruleKeys.map { rules[$0]?.append ?? "" })
    }

    /// Reads a lemmatizer written by `write(to:)`.
    static func read(from reader: inout BinaryReader, path: String) throws -> LemmatizerModel {
        let keys = try reader.readStrings(), lemmas = try reader.readStrings()
        let ruleKeys = try reader.readStrings(), strips = try reader.readStrings(), appends = try reader.readStrings()
        guard keys.count == lemmas.count, ruleKeys.count == strips.count, ruleKeys.count == appends.count else {
            throw NLPError.corruptModel(path: path, reason: "lemmatizer tables disagree in size")
        }
        var rules: [String: LemmaRule] = [:]
        rules.reserveCapacity(ruleKeys.count)
        for index in ruleKeys.indices {
            guard let strip = Int(strips[index]), strip >= 0 else {
                throw NLPError.corruptModel(path: path, reason: "bad lemma rule '\(strips[index])'")
            }
            rules[ruleKeys[index]] = LemmaRule(strip: strip, append: appends[index])
        }
        return LemmatizerModel(table: Dictionary(zip(keys, lemmas), uniquingKeysWith: { first, _ in first }), rules: rules)
    }
}
