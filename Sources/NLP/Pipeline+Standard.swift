extension Pipeline {
    /// The bundled English model, loaded once per process on first use.
    private static let englishModel: Result<NLPModel, NLPError> = {
        do {
            return .success(try NLPModel.bundled())
        } catch let error as NLPError {
            return .failure(error)
        } catch {
            return .failure(.corruptModel(path: NLPModel.bundledName, reason: "\(error)"))
        }
    }()

    /// The standard English pipeline: tokenizer, sentence splitter, tagger, lemmatizer, parser,
    /// sharing the bundled model (loaded once, thread-safely, on first call).
    public static func english() throws -> Pipeline {
        let model = try englishModel.get()
        return Pipeline([Tokenizer(), SentenceSplitter(), Tagger(model: model), Lemmatizer(model: model),
                         DependencyParser(model: model)])
    }

    /// The standard pipeline decoding with parser beam `beamWidth` and the default beam margin. On EWT test
    /// (UAS/LAS): beam 8 86.06/83.04 at ~42k tokens/s, 2 85.34/82.31 at ~73k, 1 (greedy) 83.23/80.17 at ~99k.
    public static func english(beamWidth: Int) throws -> Pipeline {
        english(model: try englishModel.get().withBeamWidth(beamWidth))
    }

    /// The same, dropping beam items more than `beamMargin` below the best (`.infinity` keeps the full beam:
    /// 86.19/83.20 at beam 8, about half the speed of the default margin).
    public static func english(beamWidth: Int, beamMargin: Double) throws -> Pipeline {
        english(model: try englishModel.get().withBeamWidth(beamWidth).withBeamMargin(beamMargin))
    }

    /// The same analysis steps over a given model, e.g. one just trained.
    public static func english(model: NLPModel) -> Pipeline {
        Pipeline([Tokenizer(), SentenceSplitter(), Tagger(model: model), Lemmatizer(model: model),
                  DependencyParser(model: model)])
    }
}
