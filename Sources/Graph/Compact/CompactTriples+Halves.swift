extension CompactTriples {
    /// The start of a line near the middle of `bytes` (past `offset`) whose document differs from the line
    /// before it, where a second reader can start: a sequential read starts a new document run there
    /// too, so the two halves' tables, appended, are the sequential read's. Nil for a small input or
    /// when no document changes within a megabyte of the middle.
    /// - Complexity: O(1 MB) at most.
    func splitPoint(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int? {
        let window = 1 << 20
        guard bytes.count - offset > 2 * window, position[TripleImport.Column.document.rawValue] >= 0 else { return nil }
        var middle = offset + (bytes.count - offset) / 2
        while middle < bytes.count, bytes[middle - 1] != 0x0A { middle += 1 }
        var cells = Cells(position: position), point: Int?
        var previous: UnsafeBufferPointer<UInt8>?
        TripleImport.forEachLine(UnsafeBufferPointer(rebasing: bytes[..<min(bytes.count, middle + window)]), from: middle) { line, start, _, _ in
            cells.split(line)
            guard cells.count == columns.count else { return false }
            let document = cells[.document]
            if let previous, !previous.elementsEqual(document) {
                point = start
                return false
            }
            previous = document
            return true
        }
        return point
    }

    /// Appends `other`, the reader of the lines after this one's, as if one reader had read them all:
    /// its strings are interned here in its id order (their order of first use), its records and
    /// statements renumbered.
    /// - Complexity: O(other's records, statements and evidence bytes).
    mutating func append(_ other: CompactTriples) -> Result<Void, Unsupported> {
        let documentIDs = other.documents.strings.map { documents.compactID($0) }
        let nameIDs = other.names.strings.map { names.compactID($0) }
        let relationIDs = other.relations.strings.map { relations.compactID($0) }
        guard documents.count < 1 << 27, names.count < 1 << 27 else { return .failure(Unsupported()) }
        let recordBase = Int32(truncatingIfNeeded: records.count)
        records.reserveCapacity(records.count + other.records.count)
        for word in other.records {
            records.append(UInt64(documentIDs[Int(word >> 30)]) << 30 | UInt64(nameIDs[Int(word >> 3 & 0x7FF_FFFF)]) << 3 | word & 7)
        }
        subject.append(contentsOf: other.subject.lazy.map { $0 + recordBase })
        object.append(contentsOf: other.object.lazy.map { $0 + recordBase })
        relation.append(contentsOf: other.relation.lazy.map { relationIDs[Int($0)] })
        negated.append(contentsOf: other.negated)
        lineStart.append(contentsOf: other.lineStart)
        lineLength.append(contentsOf: other.lineLength)
        anyNegated = anyNegated || other.anyNegated
        if encodesEvidence {
            let base = evidenceSink.bytes.count
            evidenceSink.bytes.append(contentsOf: other.evidenceSink.bytes)
            evidenceStarts.append(contentsOf: other.evidenceStarts.dropFirst().lazy.map { $0 + base })
        }
        return .success(())
    }
}
