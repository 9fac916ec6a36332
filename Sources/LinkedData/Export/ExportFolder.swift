import Foundation
import RDFSyntax

/// The folder an export writes to, replaced as a whole: after the export, or after any kill,
/// signal, full disk or error at any moment, it holds either the complete previous set of files
/// or the complete new one, never a mix.
///
/// The new set is written into a staging folder beside the destination (`.NAME.staging-PID` in
/// its parent; the dump writers' temporary and spill files go there too). At ``commit(notes:)``
/// the files of the destination that are not the export's own (`STEM.ttl`, `.rdf`, `.nt`, `.nq`,
/// `.nq.gz`, `.dot`, `.svg`, `.void.ttl`, `.dcat.ttl`, and anything else the user keeps there) are
/// hard-linked into the staging folder, everything is fsynced, and the two folders are swapped
/// in one step with `renameat2(RENAME_EXCHANGE)`; the old set, now in the staging path, is then
/// removed. Where the swap is not available (another system, a file system without it, a
/// destination that is a mount point or whose parent cannot be written), the staging folder is
/// made inside the destination and the files are renamed into place one by one, the DCAT
/// description last, and the export says so in a note.
///
/// A ``FolderLock`` makes a second export into the same folder fail at once; while it is held,
/// staging folders and temporary files left by dead runs are removed. The staging folder is
/// registered with ``TemporaryPaths``, so SIGINT and SIGTERM remove it, and the swap itself is
/// never interrupted half-way.
final class ExportFolder {
    /// The folder as the user named it (for messages).
    let name: String
    /// The folder written: absolute, a symbolic link followed.
    let destination: String
    /// Where the new set is written.
    let staging: String
    /// Swap the whole folder (true) or rename file by file (false).
    let swaps: Bool
    /// The files of a run: `stem.` followed by one of these.
    let stem: String
    static let extensions = ["ttl", "rdf", "nt", "nq", "nq.gz", "dot", "svg", "void.ttl", "dcat.ttl"]

    private let lock: FolderLock
    private var token: Int?
    private var done = false

    /// Locks `path`, removes what dead runs left and creates the staging folder.
    /// - Throws: ``ExportError/cannotWrite(path:reason:)``.
    init(_ path: String, stem: String) throws {
        name = path
        self.stem = stem
        var folder = URL(fileURLWithPath: path).standardized.path
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        var info = stat()
        if lstat(folder, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK, let real = realpath(folder, nil) {
            folder = String(cString: real)
            free(real)
        }
        destination = folder
        let exists = stat(folder, &info) == 0
        if exists && (info.st_mode & S_IFMT) != S_IFDIR {
            throw ExportError.cannotWrite(path: path, reason: "it is not a folder")
        }
        let parent = URL(fileURLWithPath: folder).deletingLastPathComponent().path
        let base = URL(fileURLWithPath: folder).lastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw ExportError.cannotWrite(path: path, reason: "cannot create the folder \(parent): \(error.localizedDescription)")
        }
        var parentInfo = stat()
        let sameDevice = !exists || (stat(parent, &parentInfo) == 0 && parentInfo.st_dev == info.st_dev)
        #if os(Linux)
        swaps = sameDevice && access(parent, W_OK) == 0 && folder != "/"
        #else
        swaps = false
        #endif
        if swaps {
            lock = try FolderLock(folder: path, path: parent + "/." + base + ".lock")
            staging = parent + "/." + base + ".staging-\(getpid())"
        } else {
            if !exists {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw ExportError.cannotWrite(path: path, reason: "cannot create the folder: \(error.localizedDescription)")
                }
            }
            lock = try FolderLock(folder: path, path: folder + "/.communique.lock")
            staging = folder + "/.communique.staging-\(getpid())"
        }
        removeLeftovers(parent: parent, base: base)
        token = TemporaryPaths.register(staging)
        guard mkdir(staging, 0o755) == 0 else {
            let reason = String(cString: strerror(errno))
            abandon()
            throw ExportError.cannotWrite(path: path, reason: "cannot create the staging folder \(staging): \(reason)")
        }
        if exists { chmod(staging, info.st_mode & 0o7777) }
    }

    deinit { abandon() }

    /// Where the file `fileName` of the new set is written.
    func path(_ fileName: String) -> String { staging + "/" + fileName }

    /// Where the file `fileName` will be once published (for messages).
    func finalPath(_ fileName: String) -> String {
        URL(fileURLWithPath: name).appendingPathComponent(fileName).path
    }

    /// Whether `fileName` is one of the export's own files (replaced or dropped by a new run).
    func isOwn(_ fileName: String) -> Bool {
        Self.extensions.contains { fileName == stem + "." + $0 }
            || (fileName.hasPrefix("." + stem + ".") && fileName.hasSuffix(".tmp"))
    }

    /// Publishes the new set: the destination then holds exactly the files written to the
    /// staging folder, beside the files that are not the export's own. Appends to `notes` when
    /// the folder could not be swapped in one step.
    /// - Throws: ``ExportError/cannotWrite(path:reason:)``; the destination then holds the previous set.
    func commit(notes: inout [String]) throws {
        precondition(!done, "an export folder is committed once")
        let fm = FileManager.default
        var written = ((try? fm.contentsOfDirectory(atPath: staging)) ?? []).sorted()
        // The DCAT description names the others' checksums: it goes last.
        written.sort { !$0.hasSuffix(".dcat.ttl") && $1.hasSuffix(".dcat.ttl") }
        for file in written { try sync(path(file)) }
        var exists = stat()
        let destinationExists = stat(destination, &exists) == 0
        if swaps {
            if destinationExists {
                for entry in ((try? fm.contentsOfDirectory(atPath: destination)) ?? []) where !isOwn(entry) && !written.contains(entry) {
                    try linkTree(destination + "/" + entry, to: path(entry))
                }
            }
            try sync(staging)
            let outcome: Int32 = TemporaryPaths.withoutInterruption {
                guard destinationExists else { return rename(staging, destination) == 0 ? 0 : errno }
                return Self.exchange(staging, destination)
            }
            if outcome == 0 {
                finish(parentSynced: true)
                return
            }
            guard outcome == EINVAL || outcome == ENOSYS || outcome == EXDEV || outcome == EBUSY || outcome == ENOTSUP else {
                throw ExportError.cannotWrite(path: name, reason: "cannot swap in the new files: \(String(cString: strerror(outcome)))")
            }
            notes.append("\(name): the folder could not be swapped in one step (\(String(cString: strerror(outcome)))); its files were replaced one by one, the DCAT description last")
        } else {
            notes.append("\(name): the folder cannot be swapped in one step (its parent is not writable, or it is a mount point); its files were replaced one by one, the DCAT description last")
        }
        // File by file: each rename is atomic, the set is not.
        try TemporaryPaths.withoutInterruption {
            for file in written {
                guard rename(path(file), destination + "/" + file) == 0 else {
                    throw ExportError.cannotWrite(path: finalPath(file), reason: "cannot move it into place: \(String(cString: strerror(errno)))")
                }
            }
            for entry in ((try? fm.contentsOfDirectory(atPath: destination)) ?? []) where isOwn(entry) && !written.contains(entry) {
                unlink(destination + "/" + entry)
            }
            try sync(destination)
        }
        finish(parentSynced: false)
    }

    /// After the swap: the old set (now at the staging path) is removed, and the lock released.
    private func finish(parentSynced: Bool) {
        if parentSynced {
            try? sync(URL(fileURLWithPath: destination).deletingLastPathComponent().path)
        }
        TemporaryPaths.removeTree(staging)
        if let token { TemporaryPaths.unregister(token) }
        token = nil
        done = true
        lock.release()
    }

    /// Removes the staging folder and releases the lock; the destination is untouched.
    func abandon() {
        guard !done else { return }
        done = true
        TemporaryPaths.removeTree(staging)
        if let token { TemporaryPaths.unregister(token) }
        token = nil
        lock.release()
    }

    /// Removes the staging folders and temporary files of earlier runs that are no longer running
    /// (the lock is held, so no live export writes here; a process id still alive is left alone).
    private func removeLeftovers(parent: String, base: String) {
        let fm = FileManager.default
        func dead(_ name: String, after prefix: String) -> Bool {
            let rest = name.dropFirst(prefix.count)
            guard let pid = Int32(rest.prefix { $0.isNumber }), pid != getpid() else { return false }
            return kill(pid, 0) != 0 && errno == ESRCH
        }
        let siblingPrefix = "." + base + ".staging-"
        for entry in (try? fm.contentsOfDirectory(atPath: parent)) ?? [] where entry.hasPrefix(siblingPrefix) && dead(entry, after: siblingPrefix) {
            TemporaryPaths.removeTree(parent + "/" + entry)
        }
        let innerPrefix = ".communique.staging-"
        for entry in (try? fm.contentsOfDirectory(atPath: destination)) ?? [] {
            if entry.hasPrefix(innerPrefix) && dead(entry, after: innerPrefix) {
                TemporaryPaths.removeTree(destination + "/" + entry)
            } else if entry.hasPrefix("." + stem + "."), entry.hasSuffix(".tmp") {
                // `.STEM.EXT.PID.RANDOM.tmp`, left by writers before the staging folder existed.
                let parts = entry.split(separator: ".")
                if parts.count >= 4, let pid = Int32(parts[parts.count - 3]), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
                    unlink(destination + "/" + entry)
                }
            }
        }
    }

    /// Makes a file's or folder's contents durable.
    private func sync(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        guard fsync(fd) == 0 || errno == EINVAL || errno == EROFS else {
            throw ExportError.cannotWrite(path: name, reason: "cannot make \(path) durable: \(String(cString: strerror(errno)))")
        }
    }

    /// Recreates `source` at `target` with hard links (a copy where a link is refused), folders
    /// and symbolic links as they are.
    private func linkTree(_ source: String, to target: String) throws {
        var info = stat()
        guard lstat(source, &info) == 0 else { return }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            guard mkdir(target, info.st_mode & 0o7777) == 0 || errno == EEXIST else {
                throw ExportError.cannotWrite(path: name, reason: "cannot keep \(source) in the new set: \(String(cString: strerror(errno)))")
            }
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: source)) ?? [] {
                try linkTree(source + "/" + entry, to: target + "/" + entry)
            }
        case S_IFREG where link(source, target) == 0:
            return
        default:
            do {
                try FileManager.default.copyItem(atPath: source, toPath: target)
            } catch {
                throw ExportError.cannotWrite(path: name, reason: "cannot keep \(source) in the new set: \(error.localizedDescription)")
            }
        }
    }

    /// `renameat2(from, to, RENAME_EXCHANGE)`: 0, or the errno (ENOSYS where the C library has no renameat2).
    static func exchange(_ from: String, _ to: String) -> Int32 {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(nil, "renameat2") else { return ENOSYS }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 1 << 1
        return renameat2(AT_FDCWD, from, AT_FDCWD, to, renameExchange) == 0 ? 0 : errno
        #else
        return ENOSYS
        #endif
    }
}
