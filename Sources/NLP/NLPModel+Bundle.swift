import Foundation

extension NLPModel {
    /// Loads the model shipped in the NLP module's resources.
    public static func bundled() throws -> NLPModel {
        guard let url = Bundle.module.url(forResource: bundledName, withExtension: fileExtension, subdirectory: "Resources") else {
            throw NLPError.modelNotFound("\(bundledName).\(fileExtension) in the NLP module's resources")
        }
        return try load(path: url.path)
    }
}
