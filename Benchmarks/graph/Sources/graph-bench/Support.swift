import Foundation
import Extraction

/// SplitMix64: a fixed-seed generator, so every run builds the same graphs and asks the same queries.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

/// Synthetic news-like triples: named actors of mixed types, 40 relations, one short sentence each.
enum Synthetic {
    static let relations = (0..<40).map { "relation \($0)" }
    static let types: [EntityType] = [.country, .organization, .person, .group]

    static func triple(_ index: Int, actors: Int, relations: [String], random: inout SplitMix) -> Triple {
        let s = random.next(actors), o = random.next(actors)
        let relation = relations[random.next(relations.count)]
        let subject = Actor(name: "Actor \(s)", type: types[s % types.count])
        let object = Actor(name: "Actor \(o)", type: types[o % types.count])
        let text = "Actor \(s) \(relation) Actor \(o)."
        return Triple(subject: subject, relation: relation, object: object,
                      evidence: Evidence(document: "d\(index / 20).txt", sentence: index % 20, text: text,
                                         start: 0, end: text.unicodeScalars.count))
    }
}

/// Wall-clock and this thread's CPU time: the machine is shared, so CPU time shows the cost of the
/// work itself when other processes compete for the cores.
enum Clock {
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
    static func seconds(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

    static func cpuNow() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
    static func cpuSeconds(since start: UInt64) -> Double { Double(cpuNow() - start) / 1e9 }
}

enum Memory {
    /// Peak resident set size of this process (VmHWM), as "N MB".
    static func peak() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") else { return "unknown" }
        return "\(kilobytes / 1024) MB"
    }
}
