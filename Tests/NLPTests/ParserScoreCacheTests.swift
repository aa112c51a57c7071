import XCTest
@testable import NLP

/// The beam decoder remembers feature-group sums by what each group reads; these tests check
/// that the keys say everything a group reads and that the sums equal plain scoring.
final class ParserScoreCacheTests: XCTestCase {
    private typealias Group = (name: String, key: (ParserWindow) -> UInt64, fill: (ParserFeatures, ParserWindow, (Int, UInt32) -> Void) -> Void)

    private let groups: [Group] = [
        ("front", { ParserScoreCache.key(.front, $0.s0, $0.b0) }, { $0.front($1, $2) }),
        ("stackPair", { ParserScoreCache.key(.stackPair, $0.s1, $0.s0) }, { $0.stackPair($1, $2) }),
        ("stackTriple", { ParserScoreCache.key(.stackTriple, $0.s2, $0.s1, $0.s0, $0.b0) }, { $0.stackTriple($1, $2) }),
        ("top", { ParserScoreCache.key(.top, set: $0.s0Set, token: $0.s0) }, { $0.top($1, $2) }),
        ("second", { ParserScoreCache.key(.second, set: $0.s1Set, token: $0.s1) }, { $0.second($1, $2) }),
        ("frontDependents", { ParserScoreCache.key(.frontDependents, set: $0.b0Set, token: $0.b0) }, { $0.frontDependents($1, $2) }),
    ]

    /// Every window the beam scores on the fixture sentences, with its sentence's context.
    private func beamWindows(width: Int) throws -> [(ParserFeatures, [ParserWindow])] {
        let model = try NLPModel.bundled()
        let parser = model.parser
        return try NLPFixtures.slice().prefix(40).map { sentence in
            let context = ParserFeatures(words: sentence.words, xpos: sentence.xpos, upos: sentence.upos)
            let scorer = ParserGroupScorer(context: context, model: parser.linear)
            var cache = ParserScoreCache(classes: parser.linear.classes, expected: 4)
            var beam = ParserBeam(count: sentence.count, width: width, labelCount: parser.labels.count)
            var scores = [Float](repeating: 0, count: parser.linear.classes)
            var features = [UInt32](repeating: 0, count: ParserFeatures.count)
            var windows: [ParserWindow] = []
            features.withUnsafeMutableBufferPointer { buffer in
                while !beam.isFinished {
                    beam.advance(goldMove: nil, scores: &scores) { window, out in
                        windows.append(window)
                        scorer.score(window, cache: &cache, features: buffer, into: out)
                    }
                }
            }
            return (context, windows)
        }
    }

    func testGroupsSplitTheTemplatesExactlyOnce() throws {
        let sentence = try XCTUnwrap(NLPFixtures.slice().first)
        let context = ParserFeatures(words: sentence.words, xpos: sentence.xpos, upos: sentence.upos)
        let window = ParserState(count: sentence.count).window
        var seen: [Int] = []
        for group in groups { group.fill(context, window) { template, _ in seen.append(template) } }
        context.crossing(window) { template, _ in seen.append(template) }
        XCTAssertEqual(seen.sorted(), Array(0..<ParserFeatures.count))
    }

    func testEqualKeysMeanEqualFeatures() throws {
        // A key must name everything its group reads: otherwise a remembered sum is wrong.
        var repeats = 0
        for (context, windows) in try beamWindows(width: 8) {
            for group in groups {
                var byKey: [UInt64: [UInt32]] = [:]
                for window in windows {
                    var ids: [UInt32] = []
                    group.fill(context, window) { _, id in ids.append(id) }
                    let key = group.key(window)
                    if let earlier = byKey[key] {
                        repeats += 1
                        XCTAssertEqual(earlier, ids, "group \(group.name)")
                    } else {
                        byKey[key] = ids
                    }
                }
            }
        }
        // Most look-ups repeat; that is the point of remembering them.
        XCTAssertGreaterThan(repeats, 1000)
    }

    func testGroupScoresEqualPlainScores() throws {
        let model = try NLPModel.bundled()
        let linear = model.parser.linear
        for (context, windows) in try beamWindows(width: 4).prefix(10) {
            let scorer = ParserGroupScorer(context: context, model: linear)
            var cache = ParserScoreCache(classes: linear.classes, expected: 4)
            var features = [UInt32](repeating: 0, count: ParserFeatures.count), plainFeatures: [UInt32] = []
            var grouped = [Float](repeating: 0, count: linear.classes), plain = grouped
            for window in windows {
                features.withUnsafeMutableBufferPointer { buffer in
                    grouped.withUnsafeMutableBufferPointer { scorer.score(window, cache: &cache, features: buffer, into: $0) }
                }
                context.extract(window, into: &plainFeatures)
                plainFeatures.withUnsafeBufferPointer { buffer in plain.withUnsafeMutableBufferPointer { linear.score(buffer, into: $0) } }
                for (a, b) in zip(grouped, plain) { XCTAssertEqual(a, b, accuracy: 1e-3 * max(1, abs(b))) }
            }
        }
    }

    func testCacheComputesEachKeyOnceAndGrows() {
        var cache = ParserScoreCache(classes: 3, expected: 2)
        var computed = 0
        var scores = [Float](repeating: 0, count: 3)
        for round in 0..<2 {
            for token in 0..<500 {
                scores.withUnsafeMutableBufferPointer { buffer in
                    for index in buffer.indices { buffer[index] = 0 }
                    cache.add(ParserScoreCache.key(.front, token, token % 7), to: buffer) { out in
                        computed += 1
                        out[0] = Float(token)
                        out[2] = 1
                    }
                }
                XCTAssertEqual(scores, [Float(token), 0, 1], "round \(round)")
            }
        }
        XCTAssertEqual(computed, 500)
    }
}
