/// Why stored node and edge lists do not form a valid graph; wrapped into `GraphError.corruptGraph`.
struct StoredGraphProblem: Error, Sendable {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}
