import XCTest
@testable import NLP

final class CoNLLUReaderTests: XCTestCase {
    private let sample = """
    # sent_id = 1
    # text = Don't go.
    1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_
    1\tDo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_
    2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_
    3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_
    3.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t3:conj\t_
    4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

    1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_

    """

    func testSkipsMultiwordRangesAndEmptyNodes() throws {
        let sentences = try CoNLLUReader.parse(sample)
        XCTAssertEqual(sentences.count, 2)
        XCTAssertEqual(sentences[0].words, ["Do", "n't", "go", "."])
        XCTAssertEqual(sentences[0].heads, [2, 2, -1, 2])
        XCTAssertEqual(sentences[0].deprels, ["aux", "advmod", "root", "punct"])
        XCTAssertEqual(sentences[0].lemmas[1], "not")
        XCTAssertEqual(sentences[1].xpos, ["UH"])
    }

    func testWrongFieldCountNamesPathAndLine() {
        let text = "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\n"
        XCTAssertThrowsError(try CoNLLUReader.parse(text, path: "x.conllu")) { error in
            guard case let NLPError.malformedCoNLLU(path, line, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(path, "x.conllu")
            XCTAssertEqual(line, 1)
        }
    }

    func testBadHeadsAreErrors() {
        let notNumber = "# c\n1\tHi\thi\tINTJ\tUH\t_\tX\troot\t_\t_\n"
        XCTAssertThrowsError(try CoNLLUReader.parse(notNumber)) { error in
            guard case let NLPError.malformedCoNLLU(_, line, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(line, 2)
        }
        let outside = "1\tHi\thi\tINTJ\tUH\t_\t5\troot\t_\t_\n\n"
        XCTAssertThrowsError(try CoNLLUReader.parse(outside))
        let outOfOrder = "2\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n"
        XCTAssertThrowsError(try CoNLLUReader.parse(outOfOrder))
    }

    func testMissingFileIsUnreadable() {
        XCTAssertThrowsError(try CoNLLUReader.read(path: "/nonexistent/file.conllu")) { error in
            guard case NLPError.unreadable = error else { return XCTFail("\(error)") }
        }
    }

    func testProjectivizerLiftsCrossingArcs() {
        // Heads are 0-based, -1 = root. In the second tree the arc 4→2 spans word 3, which 4 does not dominate.
        XCTAssertNil(Projectivizer.shortestNonProjective([1, -1, 3, 1]))
        let crossing = [1, -1, 4, 1, 1]
        XCTAssertEqual(Projectivizer.shortestNonProjective(crossing), 2)
        let lifted = Projectivizer.lift(crossing)
        XCTAssertNil(Projectivizer.shortestNonProjective(lifted))
        XCTAssertEqual(lifted, [1, -1, 1, 1, 1])
    }
}
