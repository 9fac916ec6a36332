internal import CRaptor2
import Foundation

/// Streams statements from a raptor parser straight into a raptor serializer, as `rapper`
/// does, while a second parser reads the written bytes back as they are flushed; the two
/// order-independent digests must agree before the output is kept.
enum RaptorStreamConverter {
    /// A statement in N-Triples form, for error messages.
    static func describe(_ statement: UnsafeMutablePointer<raptor_statement>) -> String {
        [statement.pointee.subject, statement.pointee.predicate, statement.pointee.object].map { term -> String in
            guard let term, let text = raptor_term_to_string(term) else { return "?" }
            defer { raptor_free_memory(text) }
            return String(cString: text)
        }.joined(separator: " ") + " ."
    }

    static func convert(
        _ input: RaptorInput, from inputFormat: RDFFormat, baseIRI: String, to path: String, format outputFormat: RDFFormat
    ) throws -> Int {
        let world = try RaptorWorld()
        // A regular file is written beside and renamed; standard output, a device or a FIFO is
        // streamed into (as standard output always was); a file kept in place is copied into at the end.
        let destination = try AtomicFile.destination(path)
        let streams = destination.kind == .standardOutput || destination.kind == .stream
        let temporary = streams ? nil : try AtomicFile.createTemporary(for: destination)
        let fd: Int32 = try temporary?.fd ?? AtomicFile.openForStreaming(destination)
        var committed = false
        defer {
            if let temporary, !committed { AtomicFile.discard(temporary) }
            if temporary == nil && fd != 1 { close(fd) }
        }
        let output = RaptorOutput(.descriptor(fd))
        let writer = try RaptorWriter(format: outputFormat, world: world, output: output, baseIRI: nil, namespaces: [])
        let verifies = outputFormat != .dot
        // The abbreviating writers drop duplicate statements (and write only at the end): their
        // output is checked against the set of statement hashes written, the others' against a digest.
        let distinct = !(outputFormat == .ntriples || outputFormat == .nquads)
        let includesGraph = outputFormat.holdsDatasets
        var written = StatementDigest(includesGraph: includesGraph)
        let writtenSet = distinct && verifies ? StatementHashSet() : nil
        var verifier: BackgroundVerifier?
        if verifies {
            // Read the output back on a second thread as it is written.
            // It also writes the blocks to the file, which takes that system time off this thread.
            let check = BackgroundVerifier(
                format: outputFormat, name: path, baseIRI: RDFParser.defaultBaseIRI, checksSet: distinct,
                includesGraph: includesGraph, writingTo: fd)
            output.delegatesWriting = true
            output.tap = { try check.submit($0) }
            verifier = check
        }
        defer { _ = try? verifier?.finish() }
        let keepsGraph = outputFormat.holdsDatasets
        let reader = try RaptorReader(format: inputFormat, world: world) { statement in
            try RaptorTermCheck.validate(statement)
            if outputFormat == .rdfxml, let problem = RaptorTermCheck.rdfxmlProblem(statement) {
                throw RDFSyntaxError(.unrepresentable, "\(problem); offending statement: \(RaptorStreamConverter.describe(statement))")
            }
            var copy = statement.pointee
            if !keepsGraph { copy.graph = nil }
            var replacements: [UnsafeMutablePointer<raptor_term>] = []
            defer { for term in replacements { raptor_free_term(term) } }
            func safe(_ term: UnsafeMutablePointer<raptor_term>?) -> UnsafeMutablePointer<raptor_term>? {
                guard let term, term.pointee.type == RAPTOR_TERM_TYPE_BLANK else { return term }
                let blank = term.pointee.value.blank
                let bytes = UnsafeBufferPointer(start: blank.string, count: Int(blank.string_len))
                if RaptorWriter.isSafeLabel(bytes) { return term }
                var label = RaptorWriter.safeLabel(String(decoding: bytes, as: UTF8.self))
                guard let made = label.withUTF8({ raptor_new_term_from_counted_blank(world.pointer, $0.baseAddress, $0.count) })
                else { return term }
                replacements.append(made)
                return made
            }
            copy.subject = safe(copy.subject)
            copy.object = safe(copy.object)
            copy.graph = safe(copy.graph)
            do {
                try writer.write(&copy)
            } catch var error as RDFSyntaxError where error.code != .io {
                error.message += "; offending statement: \(RaptorStreamConverter.describe(&copy))"
                throw error
            }
            if let writtenSet {
                writtenSet.insert(StatementDigest.hash(&copy, includesGraph: includesGraph))
            } else if verifies {
                written.add(&copy)
            }
        }
        // The abbreviating writers' trees take seconds to free: not on the critical path.
        defer { if distinct { BackgroundRelease.release([reader, writer, output, world]) } }
        if outputFormat == .turtle || outputFormat == .rdfxml {
            // Keep the input's prefixes: the abbreviating writers write them at the end, when they
            // write everything. (Turtle read in pieces declares its prefixes again in each piece.)
            var declared = Set<String>()
            reader.onNamespace = { namespace in
                var length = 0
                let prefix = raptor_namespace_get_prefix(namespace).map { String(cString: $0) } ?? ""
                let uri = raptor_namespace_get_uri(namespace).flatMap { raptor_uri_as_counted_string($0, &length) }
                    .map { String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self) } ?? ""
                if declared.insert(prefix + " " + uri).inserted { writer.declare(namespace) }
            }
        }
        let count: Int
        if inputFormat == .turtle, case .file(let file) = input {
            // raptor's Turtle parser holds its whole input before parsing: feed it piece by piece.
            count = try RaptorTurtlePieces.parse(file: file, with: reader, baseIRI: baseIRI)
        } else {
            count = try reader.parse(input, baseIRI: baseIRI)
        }
        if let writtenSet, let verifier {
            writtenSet.seal()
            verifier.expect(writtenSet)
        }
        try writer.finish()
        if let verifier {
            let readBack: BackgroundVerifier.ReadBack
            do {
                readBack = try verifier.finish()
            } catch let error as RDFSyntaxError where error.code != .io {
                throw RDFSyntaxError(
                    .unrepresentable,
                    "raptor wrote \(outputFormat.displayName) that does not read back (\(error.message), output line \(error.location?.line.map(String.init) ?? "?")); the input holds something \(outputFormat.displayName) cannot express",
                    location: SourceLocation(file: path), statementCount: count)
            }
            if let writtenSet {
                guard !writtenSet.outOfMemory else {
                    throw RDFSyntaxError(
                        .io, "out of memory for the fingerprints of the statements written; nothing was kept",
                        location: SourceLocation(file: path), statementCount: count)
                }
                guard readBack.strays == 0, writtenSet.tickedCount == writtenSet.count else {
                    let stray = readBack.firstStray.map { "; it reads back \($0), which was not written" } ?? ""
                    throw RDFSyntaxError(
                        .verification,
                        "the \(outputFormat.displayName) written does not read back as the input (\(writtenSet.count) distinct statements written, \(writtenSet.tickedCount) of them read back\(stray)); nothing was kept. Try --sorted to name the statement",
                        location: SourceLocation(file: path), statementCount: count)
                }
            } else if written != readBack.digest {
                throw RDFSyntaxError(
                    .verification,
                    "the \(outputFormat.displayName) written does not read back as the input (\(written.count) statements written, \(readBack.digest.count) read back); nothing was kept. Try --sorted to name the statement",
                    location: SourceLocation(file: path), statementCount: count)
            }
        }
        if let temporary {
            committed = true
            try AtomicFile.publish(temporary, to: destination)
        }
        return count
    }
}
