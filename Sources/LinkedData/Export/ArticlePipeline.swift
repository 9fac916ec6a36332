import Foundation

/// Runs `work` on items 0, 1, 2 … on `jobs` threads of its own and hands the results over in
/// item order, with at most `window` items taken but not yet handed over (so memory stays
/// bounded however far the workers could run ahead of a slow consumer).
///
/// The consumer calls ``next()`` once per item, in order; ``finish()`` stops the workers after
/// the items they are working on and waits for them (call it also when giving up early).
final class ArticlePipeline<Output: Sendable>: @unchecked Sendable {
    private let count: Int
    private let window: Int
    private let work: @Sendable (Int) -> Output
    private let condition = NSCondition()
    /// Results not yet handed over, by item modulo `window`.
    private var slots: [Output?]
    /// The next item a worker takes.
    private var taken = 0
    /// The next item handed over.
    private var handedOver = 0
    private var stopped = false
    private var running = 0

    /// Starts `jobs` workers on items `0..<count`.
    init(count: Int, jobs: Int, window: Int, work: @escaping @Sendable (Int) -> Output) {
        self.count = count
        self.window = max(1, window)
        self.work = work
        slots = Array(repeating: nil, count: self.window)
        let workers = max(1, min(jobs, count))
        running = workers
        for _ in 0..<workers {
            let thread = Thread { [self] in self.runWorker() }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    private func runWorker() {
        condition.lock()
        while !stopped && taken < count {
            if taken >= handedOver + window {
                condition.wait()
                continue
            }
            let item = taken
            taken += 1
            condition.unlock()
            let output = work(item)
            condition.lock()
            slots[item % window] = output
            if item == handedOver { condition.broadcast() }
        }
        running -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// The next item's result, waiting for it. - Precondition: fewer calls than items.
    func next() -> Output {
        condition.lock()
        defer { condition.unlock() }
        precondition(handedOver < count, "every item was handed over")
        let slot = handedOver % window
        while slots[slot] == nil { condition.wait() }
        let output = slots[slot]!
        slots[slot] = nil
        handedOver += 1
        condition.broadcast()
        return output
    }

    /// Stops the workers after their current items and waits until they have returned.
    func finish() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }
}
