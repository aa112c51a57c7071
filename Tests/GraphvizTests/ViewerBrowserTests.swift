import XCTest
import Graph
@testable import Graphviz

/// Loads the HTML viewer in headless Chromium: a click on an actor must highlight its
/// neighbourhood, the path form must highlight a shortest path, and a screenshot is saved
/// (to $NEWSGRAPH_SCREENSHOT_DIR, else the temporary directory). Skips without Chromium
/// unless CI=true, where Chromium is required.
final class ViewerBrowserTests: XCTestCase {
    private var directory = URL(fileURLWithPath: NSTemporaryDirectory())

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-viewer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testClickHighlightsNeighbourhoodAndPathFormHighlightsPath() throws {
        let browser = try Self.chromium()
        let page = directory.appendingPathComponent("viewer.html")
        let html = try GraphvizEngine.shared.viewer(of: DiagramTests.sample(), layout: .dot, title: "Viewer test").bytes
        try Data(html).write(to: page)

        let clicked = try run(browser, ["--dump-dom", page.absoluteString + "?click=niger"])
        XCTAssertTrue(clicked.contains("data-ng-highlight=\"ECOWAS|Niger|Russia\""), String(clicked.prefix(2_000)))
        XCTAssertTrue(clicked.contains("<g id=\"n1\" class=\"node ng-on ng-selected\""), "Niger is the selected node")
        XCTAssertTrue(clicked.contains("<g id=\"n3\" class=\"node\""), "Nigeria is not highlighted")
        XCTAssertTrue(clicked.contains("Niger: 2 neighbours"))
        XCTAssertTrue(clicked.contains("Russia → support → Niger"), "the details panel lists Niger's relations")

        let path = try run(browser, ["--dump-dom", page.absoluteString + "?from=Moscow&to=Nigeria"])
        XCTAssertTrue(path.contains("data-ng-highlight=\"ECOWAS|Niger|Nigeria|Russia\""), String(path.prefix(2_000)))
        XCTAssertTrue(path.contains("Path of 3 hops: Russia — Niger — ECOWAS — Nigeria"))

        let edge = try run(browser, ["--dump-dom", page.absoluteString + "?click=e0"])
        XCTAssertTrue(edge.contains("data-ng-highlight=\"Niger|Russia\""), String(edge.prefix(2_000)))
        XCTAssertTrue(edge.contains("<blockquote>Russia backs Niger &lt;b&gt;&amp;&lt;/b&gt;.</blockquote>"), "evidence is text, not markup")
        XCTAssertTrue(edge.contains("b.txt, sentence 5"))

        // Zoom and fit rewrite the viewBox: ?zoom=2 halves the width shown, fitting Niger's
        // neighbourhood shows less than the whole picture but keeps its actors inside.
        let whole = try XCTUnwrap(Self.viewBox(in: clicked, attribute: "viewBox"))
        let zoomed = try run(browser, ["--dump-dom", page.absoluteString + "?zoom=2"])
        let half = try XCTUnwrap(Self.viewBox(in: zoomed, attribute: "data-ng-view"), String(zoomed.prefix(1_000)))
        XCTAssertEqual(half[2], whole[2] / 2, accuracy: 0.02)
        XCTAssertEqual(half[0], whole[0] + whole[2] / 4, accuracy: 0.02)
        let fitted = try run(browser, ["--dump-dom", page.absoluteString + "?click=niger&fit=selection"])
        let focus = try XCTUnwrap(Self.viewBox(in: fitted, attribute: "data-ng-view"), String(fitted.prefix(1_000)))
        XCTAssertLessThanOrEqual(focus[2], whole[2] + 0.01)
        XCTAssertTrue(fitted.contains("data-ng-highlight=\"ECOWAS|Niger|Russia\""))

        let typed = try run(browser, ["--dump-dom", page.absoluteString + "?search=MOSC"])
        XCTAssertTrue(typed.contains(">Russia (country)</button>"), "aliases are searched, ignoring case")
        let many = try run(browser, ["--dump-dom", page.absoluteString + "?search=nig"])
        XCTAssertTrue(many.contains(">Niger (country)</button></li><li><button type=\"button\">Nigeria (country)</button>"), String(many.prefix(3_000)))

        let shots = ProcessInfo.processInfo.environment["NEWSGRAPH_SCREENSHOT_DIR"].map { URL(fileURLWithPath: $0) } ?? directory
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        let screenshot = shots.appendingPathComponent("viewer-click-niger.png")
        try? FileManager.default.removeItem(at: screenshot)
        _ = try run(browser, ["--screenshot=\(screenshot.path)", "--window-size=1200,800", page.absoluteString + "?click=Niger"])
        let png = try Data(contentsOf: screenshot)
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
        XCTAssertGreaterThan(png.count, 10_000, "a blank page compresses to far less")
        print("viewer screenshot: \(screenshot.path)")
    }

    /// The four numbers of the first `attribute="x y w h"` in `html`.
    static func viewBox(in html: String, attribute: String) -> [Double]? {
        guard let start = html.range(of: "\(attribute)=\"") else { return nil }
        let rest = html[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        let numbers = rest[..<end].split(separator: " ").compactMap { Double($0) }
        return numbers.count == 4 ? numbers : nil
    }

    /// The Chromium executable, or a skip (a failure when CI=true).
    static func chromium() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        var names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
        if let chosen = environment["CHROMIUM"], !chosen.isEmpty { names.insert(chosen, at: 0) }
        let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in names {
            let candidates = name.hasPrefix("/") ? [name] : directories.map { $0 + "/" + name }
            if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
                return URL(fileURLWithPath: found)
            }
        }
        let message = "headless Chromium not found (install the Debian package 'chromium' or set CHROMIUM)"
        if environment["CI"] == "true" {
            XCTFail(message)
            throw XCTSkip("failed: " + message)
        }
        throw XCTSkip(message)
    }

    private func run(_ browser: URL, _ arguments: [String]) throws -> String {
        try Self.run(browser, arguments, profile: directory.appendingPathComponent("profile"))
    }

    /// Runs headless Chromium with `arguments` and returns its stdout; gives up after 90 s.
    static func run(_ browser: URL, _ arguments: [String], profile: URL) throws -> String {
        let process = Process()
        process.executableURL = browser
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                             "--user-data-dir=\(profile.path)",
                             "--virtual-time-budget=5000"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 90, execute: timer)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        timer.cancel()
        XCTAssertEqual(process.terminationReason, .exit, "chromium was stopped after 90 s")
        return String(decoding: data, as: UTF8.self)
    }
}
