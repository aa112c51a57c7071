import Foundation

extension Gazetteer {
    /// The gazetteer shipped in the module bundle: countries, organisations, regions, then cities.
    /// - Throws: `ExtractionError.resourceMissing` when a table is absent from the bundle.
    public static func bundled() throws -> Gazetteer {
        let countries = try parseCountries(resource("countries"), file: "countries.tsv")
        let organizations = try parseOrganizations(resource("organizations"), file: "organizations.tsv")
        let regions = try parseRegions(resource("regions"), file: "regions.tsv")
        let cities = try parseCities(resource("cities"), file: "cities.tsv")
        // Names annotated in NER corpora, then the census's, which cover the common English given names those miss
        // and say which sex bears each.
        var given = Set(try resource("given-names", extension: "txt").split(separator: "\n")
            .filter { !$0.hasPrefix("#") && !$0.isEmpty }.map(String.init))
        var sexes: [String: Character] = [:]
        for line in try resource("given-names-census", extension: "txt").split(separator: "\n") where !line.hasPrefix("#") {
            let cells = line.split(separator: "\t")
            guard let name = cells.first else { continue }
            given.insert(String(name))
            if cells.count > 1, let sex = cells[1].first, sex == "m" || sex == "f" { sexes[String(name)] = sex }
        }
        return Gazetteer(entries: countries + organizations + regions + cities, givenNames: given, givenNameSexes: sexes)
    }

    private static func resource(_ name: String, extension ext: String = "tsv") throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources")
            ?? Bundle.module.url(forResource: name, withExtension: ext) else {
            throw ExtractionError.resourceMissing("\(name).\(ext)")
        }
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ExtractionError.resourceMissing("\(name).\(ext) (\(error.localizedDescription))")
        }
    }

    /// Data rows of a TSV table: comment lines and the header dropped, each row with its line number.
    static func rows(_ text: String, columns: Int, file: String) throws -> [(line: Int, cells: [String])] {
        var result: [(Int, [String])] = []
        var sawHeader = false
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if !sawHeader { sawHeader = true; continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= columns else {
                throw ExtractionError.malformedResource(file: file, line: offset + 1,
                                                        reason: "expected \(columns) columns, found \(cells.count)")
            }
            result.append((offset + 1, cells))
        }
        return result
    }

    private static func list(_ cell: String) -> [String] {
        cell.split(separator: "|").map(String.init).filter { !$0.isEmpty }
    }

    /// Parses countries.tsv: cca3, name, official, region, subregion, aliases, demonyms.
    /// - Complexity: O(n · a) for n countries with at most a aliases each.
    static func parseCountries(_ text: String, file: String) throws -> [GazetteerEntry] {
        var entries = try rows(text, columns: 7, file: file).map { _, cells in
            GazetteerEntry(key: "country:" + cells[0], name: cells[1], type: .country,
                           aliases: ([cells[2]] + list(cells[5])).filter { $0 != cells[1] },
                           demonyms: list(cells[6]), regions: [cells[3], cells[4]].filter { !$0.isEmpty })
        }
        // A country renamed in the source ("Türkiye", alias "Republic of Turkey") is still written by its short
        // form in most news; add that form when no other country already answers to it.
        let taken = Set(entries.flatMap { [$0.name] + $0.aliases }.map { $0.lowercased() })
        for index in entries.indices {
            let short = entries[index].aliases.compactMap { alias -> String? in
                guard alias.hasPrefix("Republic of "), !alias.hasPrefix("Republic of the ") else { return nil }
                return String(alias.dropFirst("Republic of ".count))
            }
            // Few countries have such a form, and the names of all the others cost a set each: built only then.
            guard !short.isEmpty else { continue }
            let own = Set(([entries[index].name] + entries[index].aliases).map { $0.lowercased() })
            let others = taken.subtracting(own)
            // "Korea" would also be the tail of "North Korea": a form another name ends with stays ambiguous.
            for form in Set(short).sorted() where !taken.contains(form.lowercased()) && form.first?.isUppercase == true
                && form.allSatisfy({ $0.isLetter || $0 == " " }) && !others.contains(where: { $0.hasSuffix(" " + form.lowercased()) }) {
                entries[index].aliases.append(form)
            }
        }
        return entries
    }

    /// Parses organizations.tsv: name, type, aliases.
    static func parseOrganizations(_ text: String, file: String) throws -> [GazetteerEntry] {
        try rows(text, columns: 3, file: file).map { line, cells in
            guard let type = EntityType(rawValue: cells[1]) else {
                throw ExtractionError.malformedResource(file: file, line: line, reason: "unknown type '\(cells[1])'")
            }
            return GazetteerEntry(key: "org:" + cells[0], name: cells[0], type: type, aliases: list(cells[2]))
        }
    }

    /// Parses regions.tsv: name, type, aliases, demonyms ("Scotland", "Texas", "Kashmir", "Middle East").
    static func parseRegions(_ text: String, file: String) throws -> [GazetteerEntry] {
        try rows(text, columns: 4, file: file).map { line, cells in
            guard let type = EntityType(rawValue: cells[1]) else {
                throw ExtractionError.malformedResource(file: file, line: line, reason: "unknown type '\(cells[1])'")
            }
            return GazetteerEntry(key: "region:" + cells[0], name: cells[0], type: type, aliases: list(cells[2]),
                                  demonyms: list(cells[3]))
        }
    }

    /// Parses cities.tsv: name, country code, population.
    static func parseCities(_ text: String, file: String) throws -> [GazetteerEntry] {
        try rows(text, columns: 3, file: file).map { _, cells in
            GazetteerEntry(key: "city:" + cells[0], name: cells[0], type: .location,
                           capitalOf: cells.count > 3 && !cells[3].isEmpty ? "country:" + cells[3] : nil)
        }
    }
}
