import XCTest
@testable import NLP

/// The fast paths of model loading and scoring must give exactly what the plain ones give.
final class PackedWeightsTests: XCTestCase {
    /// Quantised rows: a single weight, a short row, a row of every class, and a long row with a zero weight whose
    /// classes are out of order.
    private func quantisedRows(classes: Int) -> (keys: [UInt32], starts: [Int32], classes: [UInt8], levels: [Int8], scales: [UInt16]) {
        var keys: [UInt32] = [], starts: [Int32] = [0], entryClasses: [UInt8] = [], levels: [Int8] = [], scales: [UInt16] = []
        func row(_ key: UInt32, _ weights: [(Int, Int8)], scale: Float16) {
            keys.append(key)
            for (target, level) in weights {
                entryClasses.append(UInt8(target))
                levels.append(level)
            }
            starts.append(Int32(entryClasses.count))
            scales.append(scale.bitPattern)
        }
        row(7, [(3, -5)], scale: 0.25)
        row(19, [(0, 127), (4, -127), (2, 1)], scale: 0.013)
        let full: [(Int, Int8)] = (0..<classes).map { target -> (Int, Int8) in (target, Int8((target * 37) % 255 - 127)) }
        row(0x8000_0001, full, scale: 0.0071)
        let reversedRow: [(Int, Int8)] = (0..<20).reversed().map { step -> (Int, Int8) in
            let level: Int8 = step == 7 ? 0 : Int8(20 - 3 * step)
            return (step * 2, level)
        }
        row(0x9000_0000, reversedRow, scale: 1.5)
        row(0xFFFF_FFF0, [(1, 9), (5, -9)], scale: 0.5)
        return (keys, starts, entryClasses, levels, scales)
    }

    func testPackedScoresEqualTheDecodedWeightsSummedInOrder() {
        let classes = 41
        let rows = quantisedRows(classes: classes)
        let model = LinearModel(classes: classes, keys: rows.keys, rowStarts: rows.starts, entryClasses: rows.classes,
                                levels: rows.levels, scaleBits: rows.scales)
        let features: [UInt32] = [0x8000_0001, 7, 12345, 0x9000_0000, 19, 0x8000_0001, 0xFFFF_FFF0]
        // The reference: every weight decoded as Float(level) * Float(scale), added feature by feature.
        var expected = [Float](repeating: 0, count: classes)
        for feature in features {
            guard let row = rows.keys.firstIndex(of: feature) else { continue }
            let scale = Float(Float16(bitPattern: rows.scales[row]))
            for entry in Int(rows.starts[row])..<Int(rows.starts[row + 1]) {
                expected[Int(rows.classes[entry])] += Float(rows.levels[entry]) * scale
            }
        }
        var scores = [Float](repeating: 99, count: classes)
        features.withUnsafeBufferPointer { featureBuffer in
            scores.withUnsafeMutableBufferPointer { model.score(featureBuffer, into: $0) }
        }
        XCTAssertEqual(scores.map(\.bitPattern), expected.map(\.bitPattern))
    }

    func testQuantisedWeightsDecodeOnDemand() {
        let rows = quantisedRows(classes: 41)
        let model = LinearModel(classes: 41, keys: rows.keys, rowStarts: rows.starts, entryClasses: rows.classes,
                                levels: rows.levels, scaleBits: rows.scales)
        var expected: [Float] = []
        for row in rows.keys.indices {
            let scale = Float(Float16(bitPattern: rows.scales[row]))
            for entry in Int(rows.starts[row])..<Int(rows.starts[row + 1]) { expected.append(Float(rows.levels[entry]) * scale) }
        }
        XCTAssertEqual(model.entryValues, expected)
        XCTAssertEqual(model.summary, "5 features, \(expected.count) weights")
    }

    func testStringsReadBackWhetherASCIIOrNot() throws {
        var writer = BinaryWriter()
        let strings = ["", "nsubj:pass", "Zürich", "São Tomé", "日本", "plain"]
        writer.write(strings)
        writer.write(UInt32(0xDEAD_BEEF))
        writer.write(UInt64(0x0123_4567_89AB_CDEF))
        var reader = BinaryReader(writer.bytes, path: "memory")
        XCTAssertEqual(try reader.readStrings(), strings)
        XCTAssertEqual(try reader.readUInt32(), 0xDEAD_BEEF)
        XCTAssertEqual(try reader.readUInt64(), 0x0123_4567_89AB_CDEF)
        XCTAssertTrue(reader.isAtEnd)

        // A byte that is not UTF-8 is still a corrupt model, not a repaired string.
        var bad = BinaryWriter()
        bad.write(1)
        bad.write(2)
        var bytes = bad.bytes
        bytes.append(contentsOf: [0x41, 0xFF])
        var badReader = BinaryReader(bytes, path: "bad")
        XCTAssertThrowsError(try badReader.readStrings())
    }

    func testBufferAndArrayTaggerFeaturesAgree() {
        let context = TaggerFeatures(words: ["Kenya", "backs", "the", "plan", "."], ambiguities: [:])
        for index in 0..<context.count {
            for next in [(0, 0), (4, 9)] {
                var array: [UInt32] = [1, 2, 3]
                context.extract(index, previous: (3, 1), next: next, into: &array)
                var buffer = [UInt32](repeating: 0, count: TaggerFeatures.maximumCount)
                let count = buffer.withUnsafeMutableBufferPointer { context.extract(index, previous: (3, 1), next: next, into: $0) }
                XCTAssertEqual(array, Array(buffer[..<count]))
                XCTAssertEqual(count, next.0 == 0 ? 43 : 49)
            }
        }
    }
}
