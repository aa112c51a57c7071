import XCTest
@testable import Ingest

/// Event dates resolved against a publication date: Friday 12 April 2024 unless a row says otherwise.
final class EventDatesTests: XCTestCase {
    private func dates(_ sentence: String, _ published: String? = "2024-04-12T09:30:00+01:00") -> [String] {
        EventDates.find(in: sentence, published: published).map { "\($0.phrase)=\($0.start)..\($0.end)/\($0.granularity.rawValue)" }
    }

    func testRelativeDatesAgainstThePublicationDate() {
        let table: [(String, [String])] = [
            ("Ecowas lifted sanctions on Niger in February after the threat.", ["in February=2024-02-01..2024-02-29/month"]),
            ("The junta took power in July.", ["in July=2023-07-01..2023-07-31/month"]),
            ("The leaders will meet in July.", ["in July=2024-07-01..2024-07-31/month"]),
            ("Troops arrived last week.", ["last week=2024-04-01..2024-04-07/week"]),
            ("Talks resume next week.", ["next week=2024-04-15..2024-04-21/week"]),
            ("Mali expelled the envoy on Tuesday.", ["on Tuesday=2024-04-09..2024-04-09/day"]),
            ("Mali will expel the envoy on Tuesday.", ["on Tuesday=2024-04-16..2024-04-16/day"]),
            // Future cues at either end, in capitals, after non-ASCII words, or only as a prefix of another word.
            ("Zürich's mayor said they'll sign on Tuesday.", ["on Tuesday=2024-04-16..2024-04-16/day"]),
            ("WILL the envoy leave on Tuesday?", ["on Tuesday=2024-04-16..2024-04-16/day"]),
            ("São Tomé's envoy is to leave on Tuesday.", ["on Tuesday=2024-04-16..2024-04-16/day"]),
            ("Willing envoys left Lomé on Tuesday.", ["on Tuesday=2024-04-09..2024-04-09/day"]),
            ("Niger signed the deal on Friday.", ["on Friday=2024-04-12..2024-04-12/day"]),
            ("Niger signed the deal last Friday.", ["last Friday=2024-04-05..2024-04-05/day"]),
            ("Tuesday's vote was delayed.", ["Tuesday=2024-04-09..2024-04-09/day"]),
            ("Chad voted yesterday.", ["yesterday=2024-04-11..2024-04-11/day"]),
            ("Chad voted two days ago.", ["two days ago=2024-04-10..2024-04-10/day"]),
            ("Prices rose last month and will rise next year.",
             ["last month=2024-03-01..2024-03-31/month", "next year=2025-01-01..2025-12-31/year"]),
            ("Russia sent troops on April 20.", ["on April 20=2024-04-20..2024-04-20/day"]),
            ("Mali and Niger met last March.", ["last March=2024-03-01..2024-03-31/month"]),
            ("Mali and Niger meet next March.", ["next March=2025-03-01..2025-03-31/month"]),
        ]
        for (sentence, expected) in table { XCTAssertEqual(dates(sentence), expected, sentence) }
    }

    func testAbsoluteDatesNeedNoPublicationDate() {
        let table: [(String, [String])] = [
            ("The country has been under military rule since the coup in May 2023.", ["in May 2023=2023-05-01..2023-05-31/month"]),
            ("Bazoum was elected in 2021.", ["in 2021=2021-01-01..2021-12-31/year"]),
            ("The accord was signed on 3 March 2022 in Algiers.", ["on 3 March 2022=2022-03-03..2022-03-03/day"]),
            ("The accord was signed on March 3rd, 2022.", ["on March 3rd, 2022=2022-03-03..2022-03-03/day"]),
            ("It fell to 2% in 2024, from May 2023 levels.", ["in 2024=2024-01-01..2024-12-31/year", "May 2023=2023-05-01..2023-05-31/month"]),
        ]
        for (sentence, expected) in table {
            XCTAssertEqual(dates(sentence, nil), expected, sentence)
            XCTAssertEqual(dates(sentence), expected, sentence)
        }
    }

    func testAmbiguousAndUnknownStayOpen() {
        for sentence in ["Ecowas lifted sanctions in February.", "Troops arrived last week.", "Mali voted on Tuesday.", "Chad voted yesterday."] {
            XCTAssertEqual(dates(sentence, nil), [], "no publication date: \(sentence)")
            XCTAssertEqual(dates(sentence, "sometime"), [], "unreadable publication date: \(sentence)")
        }
        for sentence in ["You may go now.", "May I ask a question?", "March on, the general said.", "Troops have been there since February.",
                         "Exports rose in the 1990s.", "The 2004 election was close.", "He spent 2023 abroad.", "It rose 31 percent."] {
            XCTAssertEqual(dates(sentence), [], sentence)
        }
    }

    func testYearAndMonthBoundaries() {
        XCTAssertEqual(dates("Prices rose last month.", "2024-01-05"), ["last month=2023-12-01..2023-12-31/month"])
        XCTAssertEqual(dates("Russia sent troops on December 30.", "2024-01-02"), ["on December 30=2023-12-30..2023-12-30/day"])
        XCTAssertEqual(dates("Troops arrived last week.", "2024-01-01"), ["last week=2023-12-25..2023-12-31/week"])
        XCTAssertEqual(dates("It happened on 29 February.", "2023-06-01"), ["on 29 February=2024-02-29..2024-02-29/day"])
    }

    func testCivilDayArithmetic() throws {
        for (iso, weekday) in [("1970-01-01", 3), ("2000-02-29", 1), ("2024-04-12", 4), ("1969-12-31", 2), ("2100-03-01", 0)] {
            let day = try XCTUnwrap(CivilDay(iso: iso))
            XCTAssertEqual(day.iso, iso)
            XCTAssertEqual(day.weekday, weekday, iso)
        }
        XCTAssertEqual(CivilDay(iso: "2024-02-28")?.adding(2).iso, "2024-03-01")
        XCTAssertNil(CivilDay(iso: "2023-02-29"))
    }
}
