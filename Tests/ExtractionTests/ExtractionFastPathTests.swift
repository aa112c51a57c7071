import XCTest
@testable import Extraction

/// The byte-level fast paths must give exactly what the general `Character` / Foundation paths give.
final class ExtractionFastPathTests: XCTestCase {
    private let words = [
        "Washington", "ECOWAS", "UK", "F-16", "1,000", "U.S.", "n't", "’s", "Côte", "ÉCOWAS", "ÉU", "naïve",
        "２０２４", "e\u{301}tude", "A\u{301}B", "x\r\ny", "", "---", ",", "(", "a", "I", "MPs", "MSc", "MPs.", "ÉUs", "MSPé", "Ms", "©", "Ｆoo", "USA1a",
    ]

    func testWordShapeMatchesTheCharacterTests() {
        for word in words {
            let shape = WordShape(word)
            let letters = word.filter(\.isLetter)
            XCTAssertEqual(shape.contains(.capitalised), word.first?.isUppercase == true, word)
            XCTAssertEqual(shape.contains(.allCaps), letters.count >= 2 && letters.allSatisfy(\.isUppercase), word)
            XCTAssertEqual(shape.contains(.punctuation), !word.contains { $0.isLetter || $0.isNumber }, word)
            XCTAssertEqual(shape.contains(.twoLetters), letters.count >= 2, word)
            let capitals = word.prefix { $0.isUppercase }
            let rest = word.dropFirst(capitals.count)
            XCTAssertEqual(shape.contains(.pluralAbbreviation),
                           capitals.count >= 2 && (1...2).contains(rest.count) && rest.allSatisfy(\.isLowercase), word)
        }
        XCTAssertTrue(WordShape("MPs").contains(.pluralAbbreviation))
        XCTAssertTrue(WordShape("MSPs").contains(.pluralAbbreviation))
        XCTAssertFalse(WordShape("MPs.").contains(.pluralAbbreviation))
        XCTAssertFalse(WordShape("Ms").contains(.pluralAbbreviation))
        XCTAssertEqual(WordShape("ECOWAS"), [.capitalised, .allCaps, .twoLetters])
        XCTAssertEqual(WordShape(","), [.punctuation])
    }

    func testASCIILookupKeysMatchTheGeneralPath() {
        let names = words + ["Congo - Kinshasa", "Congo-Kinshasa", "St . Lucia", "St. Lucia", "Ivory Coast", "WHO",
                             "Who", "IS", "United Nations", "Côte d’Ivoire", "Cote d'Ivoire", "A - B - C", "a  -  b", " - ",
                             "x .", "UK plc", "ABCDEF"]
        var fastPaths = 0
        for name in names {
            XCTAssertEqual(Gazetteer.lookupKey(name), Gazetteer.generalLookupKey(name), name)
            if let fast = Gazetteer.asciiLookupKey(name) {
                fastPaths += 1
                XCTAssertEqual(fast, Gazetteer.generalLookupKey(name), name)
            }
        }
        XCTAssertNil(Gazetteer.asciiLookupKey("Congo - Kinshasa"))
        XCTAssertNil(Gazetteer.asciiLookupKey("St . Lucia"))
        XCTAssertEqual(Gazetteer.lookupKey("WHO"), "WHO")
        XCTAssertEqual(Gazetteer.lookupKey("Who"), "who")
        XCTAssertGreaterThan(fastPaths, 15)
    }

    func testClosedClassIsTheUnionOfTheLists() {
        let lists = [WordClass.determiners, WordClass.prepositions, WordClass.auxiliaries, WordClass.personalPronouns,
                     WordClass.relativePronouns, WordClass.coordinators, WordClass.subordinators, WordClass.negations,
                     WordClass.adverbs]
        XCTAssertEqual(WordClass.closedClass, lists.reduce(into: Set<String>()) { $0.formUnion($1) })
        XCTAssertTrue(WordClass.regionWords.contains("african"))
        XCTAssertFalse(WordClass.regionWords.contains("west african"))
        XCTAssertTrue(WordClass.boilerplateWordPrefixes.contains("tags"))
    }
}
