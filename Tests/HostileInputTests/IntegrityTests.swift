import XCTest

/// Determinism across runs and job counts, and no lost graph on interruption or a bad --append.
final class IntegrityTests: HostileTestCase {
    /// The corpus articles that extract cleanly, as one directory.
    private func stageReadableCorpus() throws {
        let folder = workDirectory.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, expected) in HostileArticleTests.expectations {
            if case .error = expected { continue }
            try FileManager.default.copyItem(at: Self.corpus.appendingPathComponent("articles/\(name)"),
                                             to: folder.appendingPathComponent(name))
        }
    }

    func testHostileCorpusIsByteIdenticalAcrossRunsAndJobs() throws {
        try stageReadableCorpus()
        for format in ["json", "dot", "svg"] {
            var outputs: [Data] = []
            for (index, jobs) in ["1", "2", "2"].enumerated() {
                let output = "g\(index).\(format)"
                let run = try survive(["build", "corpus", "-o", output, "--jobs", jobs], output: output, timeout: 300)
                XCTAssertEqual(run.status, 0, run.summary)
                outputs.append(contents(output) ?? Data())
            }
            XCTAssertFalse(outputs[0].isEmpty)
            XCTAssertEqual(outputs[0], outputs[1], "\(format) differs between --jobs 1 and 2")
            XCTAssertEqual(outputs[1], outputs[2], "\(format) differs between two runs")
        }
        let first = try survive(["extract", "corpus", "--format", "jsonl"]), second = try survive(["extract", "corpus", "--format", "jsonl"])
        XCTAssertEqual(first.stdout, second.stdout)
    }

    func testSavedGraphLoadsEqual() throws {
        try stageReadableCorpus()
        XCTAssertEqual(try survive(["build", "corpus", "-o", "g.json"], output: "g.json", timeout: 300).status, 0)
        for format in ["json", "dot"] {
            XCTAssertEqual(try survive(["export", "-g", "g.json", "-o", "copy.\(format)"], output: "copy.\(format)").status, 0)
            XCTAssertEqual(try survive(["export", "-g", "copy.\(format)", "-o", "back.json"], output: "back.json").status, 0)
            XCTAssertEqual(contents("back.json"), contents("g.json"), "g.json → \(format) → json changed the graph")
        }
    }

    func testInterruptedBuildKeepsThePreviousOutput() throws {
        try write(Data("Russia sent troops to Mali.\n".utf8), to: "small.txt")
        XCTAssertEqual(try survive(["build", "small.txt", "-o", "g.json"], output: "g.json").status, 0)
        let before = contents("g.json")
        let sentence = "France condemned Russia after Russia sent troops to Mali, officials in Niger said. "
        try write(Data(String(repeating: sentence + "\n", count: 40_000).utf8), to: "big.txt")
        let run = try HostileRunner.run(["build", "big.txt", "-o", "g.json", "--append"], in: workDirectory,
                                        timeout: 600, interrupt: 1.5)
        XCTAssertGreaterThan(run.seconds, 1.4)
        XCTAssertTrue(run.killedBySignal || run.status != 0, "the build finished before the interrupt: \(run.summary)")
        XCTAssertEqual(contents("g.json"), before, "the interrupted build changed g.json")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: workDirectory.path).sorted(),
                       ["big.txt", "g.json", "small.txt"], "the interrupted build left files behind")
    }

    func testAppendOntoATruncatedGraphRefuses() throws {
        try write(Data("Russia sent troops to Mali. France condemned Russia.\n".utf8), to: "a.txt")
        for format in ["json", "dot"] {
            let output = "g.\(format)"
            XCTAssertEqual(try survive(["build", "a.txt", "-o", output], output: output).status, 0)
            let whole = contents(output) ?? Data()
            try write(whole.prefix(whole.count / 2), to: output)
            let append = try survive(["build", "a.txt", "-o", output, "--append"])
            XCTAssertNotEqual(append.status, 0, append.summary)
            XCTAssertTrue(append.stderr.hasPrefix("error: "), append.summary)
            XCTAssertEqual(contents(output), whole.prefix(whole.count / 2), "--append replaced the damaged \(output)")
        }
    }
}
