/// Accuracy figures of a model on a treebank with gold tokenisation.
public struct Evaluation: Sendable, Equatable {
    public var sentences = 0
    public var tokens = 0
    public var uposCorrect = 0
    public var xposCorrect = 0
    public var lemmaCorrect = 0
    public var headCorrect = 0
    /// Head and universal label (subtype stripped) right, as the CoNLL 2018 scorer counts LAS.
    public var labelledCorrect = 0
    /// Head and full label (with subtype) right.
    public var fullLabelledCorrect = 0
    /// CPU seconds (of one thread) spent tagging, lemmatizing and parsing.
    public var seconds = 0.0

    public init() {}

    /// Formats `count / total` as a percentage with two decimals.
    public static func percent(_ count: Int, _ total: Int) -> String {
        guard total > 0 else { return "0.00" }
        let hundredths = (count * 10000 + total / 2) / total
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }

    /// The universal part of a UD label ("nsubj:pass" → "nsubj").
    public static func universal(_ label: String) -> Substring {
        label.split(separator: ":", maxSplits: 1).first ?? Substring(label)
    }

    /// Adds one sentence's predictions against its gold annotation.
    /// - Complexity: O(n).
    public mutating func add(gold: CoNLLUSentence, predicted: CoNLLUSentence) {
        sentences += 1
        for index in 0..<gold.count {
            tokens += 1
            if index < predicted.upos.count, predicted.upos[index] == gold.upos[index] { uposCorrect += 1 }
            if index < predicted.xpos.count, predicted.xpos[index] == gold.xpos[index] { xposCorrect += 1 }
            if index < predicted.lemmas.count, predicted.lemmas[index] == gold.lemmas[index] { lemmaCorrect += 1 }
            guard index < predicted.heads.count, predicted.heads[index] == gold.heads[index] else { continue }
            headCorrect += 1
            guard index < predicted.deprels.count else { continue }
            if Self.universal(predicted.deprels[index]) == Self.universal(gold.deprels[index]) { labelledCorrect += 1 }
            if predicted.deprels[index] == gold.deprels[index] { fullLabelledCorrect += 1 }
        }
    }

    /// One `NAME VALUE` line per figure, in a fixed order.
    public var report: [String] {
        let speed = seconds > 0 ? Int((Double(tokens) / seconds).rounded()) : 0
        return [
            "UPOS \(Self.percent(uposCorrect, tokens))",
            "XPOS \(Self.percent(xposCorrect, tokens))",
            "LEMMA \(Self.percent(lemmaCorrect, tokens))",
            "UAS \(Self.percent(headCorrect, tokens))",
            "LAS \(Self.percent(labelledCorrect, tokens))",
            "LAS_full_labels \(Self.percent(fullLabelledCorrect, tokens))",
            "sentences \(sentences)",
            "tokens \(tokens)",
            "tokens_per_second \(speed)",
        ]
    }
}
