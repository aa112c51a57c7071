import XCTest
import NLP
@testable import Extraction

/// The parse reader on hand-made parses, so that the expectations do not depend on the trained model.
final class DependencyReaderTests: XCTestCase {
    /// One parsed sentence from (word, upos, xpos, lemma, head, deprel) rows; heads are 1-based, 0 = root.
    private func document(_ rows: [(String, String, String, String, Int, String)]) -> Document {
        let text = rows.map(\.0).joined(separator: " ")
        var document = Document(id: "hand", text: text)
        var offset = 0
        for row in rows {
            document.words.append(row.0)
            document.starts.append(offset)
            offset += row.0.unicodeScalars.count
            document.ends.append(offset)
            offset += 1
            document.upos.append(row.1)
            document.xpos.append(row.2)
            document.lemmas.append(row.3)
            document.heads.append(row.4 - 1)
            document.deprels.append(row.5)
        }
        document.sentences = [0..<rows.count]
        return document
    }

    private func read(_ document: Document) throws -> [String] {
        let extractor = PatternTripleExtractor(gazetteer: try Gazetteer.bundled(), reading: .parse)
        return Support.lines(extractor.extract(from: document))
    }

    func testSubjectVerbObjectAndOblique() throws {
        // "Ghana sent troops to Togo ."
        let doc = document([("Ghana", "PROPN", "NNP", "Ghana", 2, "nsubj"), ("sent", "VERB", "VBD", "send", 0, "root"),
                            ("troops", "NOUN", "NNS", "troop", 2, "obj"), ("to", "ADP", "IN", "to", 5, "case"),
                            ("Togo", "PROPN", "NNP", "Togo", 2, "obl"), (".", "PUNCT", ".", ".", 2, "punct")])
        XCTAssertEqual(try read(doc), ["Ghana | send troops to | Togo"])
    }

    func testPassiveAgentBecomesSubject() throws {
        // "Mali was praised by Chad ."
        let doc = document([("Mali", "PROPN", "NNP", "Mali", 3, "nsubj:pass"), ("was", "AUX", "VBD", "be", 3, "aux:pass"),
                            ("praised", "VERB", "VBN", "praise", 0, "root"), ("by", "ADP", "IN", "by", 5, "case"),
                            ("Chad", "PROPN", "NNP", "Chad", 3, "obl:agent"), (".", "PUNCT", ".", ".", 3, "punct")])
        XCTAssertEqual(try read(doc), ["Chad | praise | Mali"])
    }

    func testInfinitiveCompletesTheVerbAndConjoinedSubjectsShareIt() throws {
        // "Chad and Mali threatened to leave Ecowas ."
        let doc = document([("Chad", "PROPN", "NNP", "Chad", 4, "nsubj"), ("and", "CCONJ", "CC", "and", 3, "cc"),
                            ("Mali", "PROPN", "NNP", "Mali", 1, "conj"), ("threatened", "VERB", "VBD", "threaten", 0, "root"),
                            ("to", "PART", "TO", "to", 6, "mark"), ("leave", "VERB", "VB", "leave", 4, "xcomp"),
                            ("Ecowas", "PROPN", "NNP", "Ecowas", 6, "obj"), (".", "PUNCT", ".", ".", 4, "punct")])
        XCTAssertEqual(try read(doc), ["Chad | threaten to leave | ECOWAS", "Mali | threaten to leave | ECOWAS"])
    }

    func testAppositionGivesAffiliation() throws {
        // "Ana Diaz , head of the World Bank , visited Peru ."
        let doc = document([("Ana", "PROPN", "NNP", "Ana", 9, "nsubj"), ("Diaz", "PROPN", "NNP", "Diaz", 1, "flat"),
                            (",", "PUNCT", ",", ",", 4, "punct"), ("head", "NOUN", "NN", "head", 1, "appos"),
                            ("of", "ADP", "IN", "of", 8, "case"), ("the", "DET", "DT", "the", 8, "det"),
                            ("World", "PROPN", "NNP", "World", 8, "compound"), ("Bank", "PROPN", "NNP", "Bank", 4, "nmod"),
                            ("visited", "VERB", "VBD", "visit", 0, "root"), ("Peru", "PROPN", "NNP", "Peru", 9, "obj"),
                            (".", "PUNCT", ".", ".", 9, "punct")])
        XCTAssertEqual(try read(doc), ["Ana Diaz | head of | World Bank", "Ana Diaz | visit | Peru"])
    }

    func testReportingVerbGivesSourceNotTriple() throws {
        // "Reuters said Chad attacked Mali ."
        let doc = document([("Reuters", "PROPN", "NNP", "Reuters", 2, "nsubj"), ("said", "VERB", "VBD", "say", 0, "root"),
                            ("Chad", "PROPN", "NNP", "Chad", 4, "nsubj"), ("attacked", "VERB", "VBD", "attack", 2, "ccomp"),
                            ("Mali", "PROPN", "NNP", "Mali", 4, "obj"), (".", "PUNCT", ".", ".", 2, "punct")])
        let extractor = PatternTripleExtractor(gazetteer: try Gazetteer.bundled(), reading: .parse)
        let triples = extractor.extract(from: doc)
        XCTAssertEqual(Support.lines(triples), ["Chad | attack | Mali"])
        XCTAssertEqual(triples.first?.source, "Reuters")
    }
}

/// Open mode keeps any noun-phrase arguments, read from the parse.
final class OpenModeTests: XCTestCase {
    func testOpenTuplesFromTheParse() throws {
        var document = Document(id: "o", text: "The committee sent a letter to the minister .")
        let rows: [(String, String, Int, String)] = [("The", "DET", 2, "det"), ("committee", "NOUN", 3, "nsubj"),
            ("sent", "VERB", 0, "root"), ("a", "DET", 5, "det"), ("letter", "NOUN", 3, "obj"), ("to", "ADP", 8, "case"),
            ("the", "DET", 8, "det"), ("minister", "NOUN", 3, "obl"), (".", "PUNCT", 3, "punct")]
        var offset = 0
        for row in rows {
            document.words.append(row.0)
            document.starts.append(offset)
            offset += row.0.count
            document.ends.append(offset)
            offset += 1
            document.upos.append(row.1)
            document.xpos.append("_")
            document.lemmas.append(row.0.lowercased())
            document.heads.append(row.2 - 1)
            document.deprels.append(row.3)
        }
        document.sentences = [0..<rows.count]
        let extractor = PatternTripleExtractor(gazetteer: try Gazetteer.bundled(), mode: .open)
        XCTAssertEqual(Support.lines(extractor.extract(from: document)),
                       ["The committee | sent | a letter", "The committee | sent to | the minister"])
    }
}
