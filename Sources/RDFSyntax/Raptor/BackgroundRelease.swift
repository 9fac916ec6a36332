import Foundation

/// Lets the last references to big raptor structures go on a background thread. Freeing the
/// millions of nodes of an abbreviating writer (Turtle, RDF/XML) takes seconds, on the critical
/// path of a conversion that is otherwise done; a command-line run then exits without waiting
/// for it, and a long-lived process gets its memory back a moment later.
enum BackgroundRelease {
    /// Releases `objects` on a new thread, once the caller has dropped its own references (a
    /// short pause; if the caller still holds one then, the memory is simply freed by the caller).
    static func release(_ objects: [AnyObject]) {
        let box = Box(objects)
        let thread = Thread {
            usleep(50_000)
            withExtendedLifetime(box) {}
        }
        thread.start()
    }
}

/// Hands objects over to another thread; nothing else touches them afterwards.
private final class Box: @unchecked Sendable {
    let objects: [AnyObject]
    init(_ objects: [AnyObject]) { self.objects = objects }
}
