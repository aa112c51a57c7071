import Foundation
import Extraction

extension CompactTriples {
    /// One line's tab-separated cells, read by column: the reader's view of a line, and the evidence
    /// writers' (which read lines the reader has checked already).
    struct Cells {
        /// Cell index by column (raw value), -1 when the header lacks it.
        let position: [Int]
        private(set) var line = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        private var ranges: [Range<Int>] = []
        /// Whether the line is all ASCII (then it is valid UTF-8 without a check), found while splitting.
        private(set) var isASCII = true

        init(position: [Int]) { self.position = position }

        /// Splits `line` into its cells, replacing the last line's.
        mutating func split(_ line: UnsafeBufferPointer<UInt8>) {
            self.line = line
            ranges.removeAll(keepingCapacity: true)
            // A plain loop: every line is split twice (read, then its evidence encoded), so this is one of
            // the hottest loops; a `memchr` a cell was slower on these short cells.
            var fieldStart = 0, index = 0, bits: UInt8 = 0
            let count = line.count
            while index < count {
                let byte = line[index]
                bits |= byte
                if byte == 0x09 {
                    ranges.append(fieldStart..<index)
                    fieldStart = index + 1
                }
                index += 1
            }
            ranges.append(fieldStart..<count)
            isASCII = bits < 0x80
        }

        /// How many cells the line has.
        var count: Int { ranges.count }

        /// The cell at `index` (< `count`).
        subscript(index index: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: line[ranges[index]]) }

        /// The cell of `column`, empty when the header lacks it.
        subscript(column: TripleImport.Column) -> UnsafeBufferPointer<UInt8> {
            let index = position[column.rawValue]
            return index >= 0 ? self[index: index] : UnsafeBufferPointer(start: nil, count: 0)
        }

        /// The whole number in `column`'s cell, 0 when empty: for lines the reader has checked.
        func integer(_ column: TripleImport.Column) -> Int { (try? CompactTriples.integer(self[column])) ?? 0 }

        /// The text of `column`'s cell, nil when empty.
        func text(_ column: TripleImport.Column) -> String? {
            let bytes = self[column]
            return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
        }

        /// The line's statement as the native file's evidence holds it (`ProvenanceCoding.encodeStatement`),
        /// its document being `document` (the line's document cell, or the file's path when that is empty).
        func encodeStatement(document: UnsafeBufferPointer<UInt8>, into sink: inout ByteSink) {
            ProvenanceCoding.encodeStatement(document: document, sentence: integer(.sentence), text: self[.evidence],
                                             start: integer(.start), end: integer(.end), optional: { bit in
                let value = self[CompactTriples.optionalColumns[bit]]
                return value.isEmpty ? nil : value
            }, into: &sink)
        }
    }

    /// Every data line's statement encoded (`Cells.encodeStatement`), in file order: statement i is
    /// `bytes[starts[i]..<starts[i + 1]]`, so writing a one-statement edge is a copy.
    struct EncodedEvidence: Sendable {
        var bytes: [UInt8] = []
        var starts: [Int] = [0]

        /// How many statements are encoded.
        var count: Int { starts.count - 1 }
    }

    /// The evidence's optional columns in `ProvenanceCoding` order.
    static let optionalColumns: [TripleImport.Column] = [.title, .date, .url, .outlet, .eventStart, .eventEnd, .eventPhrase]

    /// The line of statement `index`, split into `cells`.
    private func split(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>, into cells: inout Cells) {
        let start = lineStart[index]
        cells.split(UnsafeBufferPointer(rebasing: bytes[start..<start + Int(lineLength[index])]))
    }

    /// A reader of this file's lines for `evidence(_:in:cells:)`.
    func cellReader() -> Cells { Cells(position: position) }

    /// The evidence of statement `index`, read from its line as the importer reads it (`Row.triple`): the
    /// line was checked when it was first read, so only the fields are taken here.
    func evidence(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>, cells: inout Cells) -> Evidence {
        split(index, in: bytes, into: &cells)
        return Evidence(document: documents[recordDocument(Int(subject[index]))], sentence: cells.integer(.sentence),
                        text: String(decoding: cells[.evidence], as: UTF8.self), start: cells.integer(.start), end: cells.integer(.end),
                        title: cells.text(.title), date: cells.text(.date), url: cells.text(.url), outlet: cells.text(.outlet),
                        eventStart: cells.text(.eventStart), eventEnd: cells.text(.eventEnd), eventPhrase: cells.text(.eventPhrase))
    }
}
