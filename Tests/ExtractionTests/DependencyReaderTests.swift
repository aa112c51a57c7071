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

    func testTheNamedPersonAfterARoleIsTheAgent() throws {
        // "Tomas Berg was signed by Harrow Rovers manager Piet Olsen ." with the club read as the agent.
        let club = document([("Tomas", "PROPN", "NNP", "Tomas", 4, "nsubj:pass"), ("Berg", "PROPN", "NNP", "Berg", 1, "flat"),
                             ("was", "AUX", "VBD", "be", 4, "aux:pass"), ("signed", "VERB", "VBN", "sign", 0, "root"),
                             ("by", "ADP", "IN", "by", 6, "case"), ("Harrow", "PROPN", "NNP", "Harrow", 4, "obl:agent"),
                             ("Rovers", "PROPN", "NNPS", "Rovers", 6, "flat"), ("manager", "NOUN", "NN", "manager", 4, "xcomp"),
                             ("Piet", "PROPN", "NNP", "Piet", 8, "appos"), ("Olsen", "PROPN", "NNP", "Olsen", 9, "flat"),
                             (".", "PUNCT", ".", ".", 4, "punct")])
        let triples = try read(club)
        XCTAssertTrue(triples.contains("Piet Olsen | sign | Tomas Berg"), "\(triples)")
        XCTAssertFalse(triples.contains { $0.hasPrefix("Harrow Rovers | sign") }, "\(triples)")
        // "… by Harrow director of football Piet Olsen ." with the name inside the title's "of" phrase.
        let titled = document([("Tomas", "PROPN", "NNP", "Tomas", 4, "nsubj:pass"), ("Berg", "PROPN", "NNP", "Berg", 1, "flat"),
                               ("was", "AUX", "VBD", "be", 4, "aux:pass"), ("praised", "VERB", "VBN", "praise", 0, "root"),
                               ("by", "ADP", "IN", "by", 7, "case"), ("Harrow", "PROPN", "NNP", "Harrow", 7, "compound"),
                               ("director", "NOUN", "NN", "director", 4, "obl"), ("of", "ADP", "IN", "of", 9, "case"),
                               ("football", "NOUN", "NN", "football", 10, "nmod:desc"), ("Piet", "PROPN", "NNP", "Piet", 7, "nmod"),
                               ("Olsen", "PROPN", "NNP", "Olsen", 10, "flat"), (".", "PUNCT", ".", ".", 4, "punct")])
        let praised = try read(titled)
        XCTAssertTrue(praised.contains("Piet Olsen | praise | Tomas Berg"), "\(praised)")
    }

    func testANameWithItsOwnVerbInsideTheAgentIsNoAgent() throws {
        // "Tomas Berg was given belief by the impact manager Piet Olsen has had ." with "given" as the subject of "had".
        let doc = document([("Tomas", "PROPN", "NNP", "Tomas", 4, "nsubj:pass"), ("Berg", "PROPN", "NNP", "Berg", 1, "flat"),
                            ("was", "AUX", "VBD", "be", 4, "aux:pass"), ("given", "VERB", "VBN", "give", 14, "nsubj"),
                            ("belief", "NOUN", "NN", "belief", 4, "obj"), ("by", "ADP", "IN", "by", 9, "case"),
                            ("the", "DET", "DT", "the", 9, "det"), ("impact", "NOUN", "NN", "impact", 9, "compound"),
                            ("manager", "NOUN", "NN", "manager", 4, "obl:agent"), ("Piet", "PROPN", "NNP", "Piet", 9, "appos"),
                            ("Olsen", "PROPN", "NNP", "Olsen", 10, "flat"), ("has", "AUX", "VBZ", "have", 14, "aux"),
                            ("really", "ADV", "RB", "really", 14, "advmod"), ("had", "VERB", "VBN", "have", 0, "root"),
                            (".", "PUNCT", ".", ".", 14, "punct")])
        let triples = try read(doc)
        XCTAssertFalse(triples.contains { $0.hasPrefix("Piet Olsen | give") }, "\(triples)")
    }

    func testAnObjectBeforeItsVerbIsAMisparse() throws {
        // "Adviser Tomas Berg and director Piet Olsen were voted out ." with the adviser as the object of "voted".
        let doc = document([("Adviser", "NOUN", "NN", "adviser", 8, "obj"), ("Tomas", "PROPN", "NNP", "Tomas", 1, "appos"),
                            ("Berg", "PROPN", "NNP", "Berg", 2, "flat"), ("and", "CCONJ", "CC", "and", 6, "cc"),
                            ("director", "NOUN", "NN", "director", 6, "nmod:desc"), ("Piet", "PROPN", "NNP", "Piet", 8, "nsubj"),
                            ("Olsen", "PROPN", "NNP", "Olsen", 6, "flat"), ("voted", "VERB", "VBD", "vote", 0, "root"),
                            ("out", "ADP", "RP", "out", 8, "compound:prt"), (".", "PUNCT", ".", ".", 8, "punct")])
        let triples = try read(doc)
        XCTAssertFalse(triples.contains { $0.hasPrefix("Piet Olsen | vote") }, "\(triples)")
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
