import Foundation

/// Deflates a `BlockWriter`'s raw blocks on a second thread while the writer's caller goes on encoding
/// the next ones; the caller deflates blocks itself when it gets ahead and when it finishes, so it never
/// just waits. Each block is one independent zlib stream, so which thread deflates it does not change
/// a byte: the results are kept by block number and come out in submission order.
final class BlockDeflater: @unchecked Sendable {
    /// Blocks the caller may have outstanding before it deflates one itself: bounds the raw bytes held.
    private static let backlog = 16

    private let condition = NSCondition()
    /// Raw blocks by number, emptied once taken.
    private var raw: [[UInt8]] = []
    /// Deflated blocks by number, empty until done.
    private var deflated: [[UInt8]] = []
    private var taken = 0, done = 0
    private var closed = false, workerRunning = false

    /// Queues `block` (the next block number) and starts the worker on the first one.
    func submit(_ block: [UInt8]) {
        condition.lock()
        raw.append(block)
        deflated.append([])
        if !workerRunning, !closed {
            workerRunning = true
            let thread = Thread { [self] in work() }
            thread.start()
        }
        condition.signal()
        let behind = raw.count - taken > Self.backlog
        condition.unlock()
        // The worker is behind: deflate one here rather than let raw blocks pile up.
        if behind { _ = deflateNext() }
    }

    /// Every block deflated, in submission order; the worker has stopped when this returns.
    /// - Complexity: O(total raw bytes) of deflating, shared with the worker.
    func finish() -> [[UInt8]] {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
        while deflateNext() {}
        condition.lock()
        while done < raw.count || workerRunning { condition.wait() }
        let result = deflated
        deflated = []
        raw = []
        condition.unlock()
        return result
    }

    /// Stops the worker without waiting for queued blocks (the writer was dropped unfinished).
    func abandon() {
        condition.lock()
        closed = true
        taken = raw.count
        condition.broadcast()
        condition.unlock()
    }

    /// Takes the next queued block, deflates it and stores it; false when none was queued.
    private func deflateNext() -> Bool {
        condition.lock()
        guard taken < raw.count else {
            condition.unlock()
            return false
        }
        let number = taken
        taken += 1
        let block = raw[number]
        raw[number] = []
        condition.unlock()
        let compressed = BlockWriter.deflate(block)
        condition.lock()
        deflated[number] = compressed
        done += 1
        condition.broadcast()
        condition.unlock()
        return true
    }

    private func work() {
        while true {
            condition.lock()
            while taken == raw.count, !closed { condition.wait() }
            if taken == raw.count {
                workerRunning = false
                condition.broadcast()
                condition.unlock()
                return
            }
            condition.unlock()
            _ = deflateNext()
        }
    }
}

/// Owns a `BlockDeflater` for a `BlockWriter` value: a writer dropped unfinished stops the worker.
final class BlockDeflaterHandle {
    let deflater = BlockDeflater()

    deinit { deflater.abandon() }
}
