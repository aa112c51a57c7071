import Foundation

/// A value worked out on a thread of its own while the caller goes on, fetched with `value()`.
/// Used where the compact build has independent work for the machine's second core.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Value?

    /// Starts `body` at once on a new thread.
    init(_ body: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            let value = body()
            condition.lock()
            result = value
            condition.broadcast()
            condition.unlock()
        }
        thread.start()
    }

    /// The result, waiting for the thread to finish it.
    func value() -> Value {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let result { return result }
            condition.wait()
        }
    }
}

extension BackgroundWork {
    /// `body` of the lower and of the upper half of `0..<count`, the upper half worked out on a second
    /// thread meanwhile: for per-item work whose results are put together in order afterwards.
    static func halves(_ count: Int, _ body: @escaping @Sendable (Range<Int>) -> Value) -> (lower: Value, upper: Value) {
        let middle = count / 2
        let upper = BackgroundWork { body(middle..<count) }
        let lower = body(0..<middle)
        return (lower, upper.value())
    }
}

/// A value handed to another thread that only reads it, where the compiler cannot see that it may be
/// (tables holding pointers that are no longer used, or classes nobody mutates meanwhile).
struct ReadOnly<Value>: @unchecked Sendable {
    let value: Value
}
