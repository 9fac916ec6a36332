import Foundation

/// The one queue between the threads of a pipeline (parse → build, write → check → file,
/// sort → write): a first-in first-out channel of at most `capacity` elements, so memory stays
/// bounded whatever the input's size, with spare elements handed back for reuse.
///
/// The sender ``send(_:)``s (waiting while the channel is full) and ``close()``s at the end; the
/// receiver ``receive()``s until `nil`. A receiver that gives up calls ``stop()``: what waits is
/// dropped and senders never wait again (``send(_:)`` returns false), so a failed stage cannot
/// block the stages before it.
public final class BoundedChannel<Element>: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [Element] = []
    private var head = 0
    private var spares: [Element] = []
    private var closed = false
    private var stopped = false
    private var capacity: Int
    private let spareCapacity: Int

    /// - Parameters:
    ///   - capacity: how many elements may wait before the sender waits (`Int.max`: never).
    ///   - spareCapacity: how many handled elements are kept for reuse.
    public init(capacity: Int, spareCapacity: Int = 0) {
        self.capacity = max(1, capacity)
        self.spareCapacity = spareCapacity
    }

    /// Elements waiting.
    public var count: Int {
        condition.lock()
        defer { condition.unlock() }
        return queue.count - head
    }

    /// Queues an element, waiting while the channel is full.
    /// - Returns: false when the receiver has stopped (the element is dropped).
    @discardableResult
    public func send(_ element: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queue.count - head >= capacity && !stopped { condition.wait() }
        guard !stopped else { return false }
        queue.append(element)
        condition.broadcast()
        return true
    }

    /// The next element, or `nil` once the channel is closed and empty (or stopped).
    public func receive() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while queue.count == head && !closed && !stopped { condition.wait() }
        guard !stopped, queue.count > head else { return nil }
        let element = queue[head]
        head += 1
        if head >= 64 && head * 2 >= queue.count {
            queue.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return element
    }

    /// The sender's end: the receiver gets what waits, then `nil`.
    public func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The receiver's end: what waits is dropped, senders return at once from now on.
    public func stop() {
        condition.lock()
        stopped = true
        queue.removeAll()
        head = 0
        condition.broadcast()
        condition.unlock()
    }

    /// Whether the receiver has stopped.
    public var isStopped: Bool {
        condition.lock()
        defer { condition.unlock() }
        return stopped
    }

    /// Changes how many elements may wait (waiting senders are woken).
    public func setCapacity(_ newCapacity: Int) {
        condition.lock()
        capacity = max(1, newCapacity)
        condition.broadcast()
        condition.unlock()
    }

    /// Keeps a handled element for reuse (up to the spare capacity).
    public func recycle(_ element: Element) {
        condition.lock()
        if spares.count < spareCapacity { spares.append(element) }
        condition.unlock()
    }

    /// A handled element to fill again, or `nil`.
    public func spare() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        return spares.popLast()
    }
}
