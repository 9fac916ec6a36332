import Foundation
import RDFModel

/// Reads Turtle through a ``RaptorReader`` piece by piece (see ``TurtleSplitter``): raptor's
/// Turtle parser holds its whole input (twice: its buffer and its lexer's copy) before it
/// parses anything, so a big file read in one go costs twice its size in memory and yields
/// its first statement only at the end. Each piece is parsed as a document of its own, in the
/// reader's raptor world, and errors are placed at their line and byte in the whole input.
enum RaptorTurtlePieces {
    /// The size pieces are cut at (each costs raptor about twice its size while it is parsed).
    static let pieceSize = 1 << 17

    /// Parses a Turtle file (`-`: standard input) with `reader`. - Returns: the statements read.
    static func parse(file path: String, with reader: RaptorReader, baseIRI: String) throws -> Int {
        let fd: Int32 = path == "-" ? 0 : open(path, O_RDONLY)
        guard fd >= 0 else {
            throw RDFSyntaxError(.io, "cannot open the file: \(String(cString: strerror(errno)))", location: SourceLocation(file: path))
        }
        defer { if fd != 0 { close(fd) } }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: RaptorReader.chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        var splitter = TurtleSplitter(pieceSize: pieceSize)
        while true {
            let n = read(fd, buffer.baseAddress, RaptorReader.chunkSize)
            if n < 0 {
                if errno == EINTR { continue }
                throw RDFSyntaxError(
                    .io, "cannot read the file: \(String(cString: strerror(errno)))", location: SourceLocation(file: path),
                    statementCount: reader.count)
            }
            if n == 0 { break }
            try splitter.append(UnsafeRawBufferPointer(rebasing: buffer[0..<n])) { piece in
                try parse(piece, with: reader, name: path, baseIRI: baseIRI)
            }
        }
        try splitter.finish { piece in try parse(piece, with: reader, name: path, baseIRI: baseIRI) }
        return reader.count
    }

    /// Parses Turtle bytes into a graph, piece by piece (fed to the splitter `chunkSize` bytes at a time).
    /// - Returns: the graph and the number of pieces parsed.
    static func graph(
        from bytes: UnsafeRawBufferPointer, name: String, baseIRI: String, pieceSize: Int = pieceSize,
        chunkSize: Int = RaptorReader.chunkSize
    ) throws -> (graph: Graph, pieces: Int) {
        let world = try RaptorWorld(uriInterning: false)
        let assembler = GraphAssembler(expectedBytes: bytes.count, format: .turtle)
        let builder = RaptorGraphBuilder(assembler: assembler)
        let reader = try RaptorReader(format: .turtle, world: world) { try builder.add($0) }
        var splitter = TurtleSplitter(pieceSize: pieceSize)
        var pieces = 0
        let parse = { (piece: TurtleSplitter.Piece) in
            pieces += 1
            try RaptorTurtlePieces.parse(piece, with: reader, name: name, baseIRI: baseIRI)
        }
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + max(1, chunkSize))
            try splitter.append(UnsafeRawBufferPointer(rebasing: bytes[offset..<end]), parse)
            offset = end
        }
        try splitter.finish(parse)
        builder.close()
        return (assembler.take(), pieces)
    }

    /// Parses one piece as a document of its own; errors get the input's line and byte offset.
    static func parse(_ piece: TurtleSplitter.Piece, with reader: RaptorReader, name: String, baseIRI: String) throws {
        do {
            try reader.start(name: name, baseIRI: baseIRI)
            if piece.header.count > 0 { try reader.feed(piece.header, end: false) }
            try reader.feed(piece.body, end: true)
        } catch var error as RDFSyntaxError {
            if var location = error.location {
                location.line = location.line.flatMap { piece.inputLine($0) } ?? (location.line == nil ? nil : piece.firstLine)
                location.byteOffset = location.byteOffset.flatMap { piece.inputByte($0) }
                error.location = location
            }
            throw error
        }
    }
}
