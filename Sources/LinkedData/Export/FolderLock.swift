import Foundation
import RDFSyntax

/// An exclusive lock on an export folder, so that a second export into the same folder fails at
/// once instead of mixing its files with the first one's.
///
/// The lock is `flock(2)` on a file beside the folder (`.NAME.lock` in its parent, so that it
/// survives the folder being swapped; see ``ExportFolder``), holding the owner's process id for the message. The kernel
/// releases it when the process ends, however it ends, so a killed export never leaves a stale
/// lock; the file itself is removed on ``release()``.
final class FolderLock {
    let path: String
    private var fd: Int32
    private var token: Int?

    /// Takes the lock on `folder` through the file `path`, or throws naming the process that holds it.
    /// - Throws: ``ExportError/cannotWrite(path:reason:)``.
    init(folder: String, path: String) throws {
        self.path = path
        while true {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                throw ExportError.cannotWrite(path: folder, reason: "cannot create the lock file \(path): \(String(cString: strerror(errno)))")
            }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
                let busy = errno == EWOULDBLOCK
                let reason = String(cString: strerror(errno))
                let holder = Self.holder(fd)
                close(fd)
                guard busy else {
                    throw ExportError.cannotWrite(path: folder, reason: "cannot lock \(path): \(reason)")
                }
                let who = holder.map { "process \($0)" } ?? "another process"
                throw ExportError.cannotWrite(
                    path: folder, reason: "another export (\(who)) is writing this folder; wait for it to end, or choose another --out (lock: \(path))")
            }
            // The file may have been removed by its previous owner between open and flock: then lock the new one.
            var held = stat(), named = stat()
            if fstat(fd, &held) == 0, stat(path, &named) == 0, held.st_ino == named.st_ino, held.st_dev == named.st_dev {
                self.fd = fd
                break
            }
            close(fd)
        }
        // Removed on SIGINT/SIGTERM like the temporary files (a later export would take it anyway).
        token = TemporaryPaths.register(path)
        let text = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    /// The process id written in a lock file.
    private static func holder(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return nil }
        return Int32(String(decoding: buffer[..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Removes the lock file and releases the lock (the file goes first, while still held).
    func release() {
        guard fd >= 0 else { return }
        unlink(path)
        close(fd)
        fd = -1
        if let token { TemporaryPaths.unregister(token) }
    }

    deinit { release() }
}
