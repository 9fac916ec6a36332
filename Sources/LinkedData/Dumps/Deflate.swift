internal import CDeflate

/// libdeflate, crossed once: CRC-32 and whole-buffer DEFLATE compression wrapped as gzip
/// members. No other file of Communique imports `CDeflate`.
///
/// Why libdeflate and not `gzip` or zlib: on the 75 MB N-Quads dump of 1,000 generated articles,
/// level 6 costs 0.31 CPU-s with libdeflate (3.3 MB out), 0.69 s with zlib in process and 0.85 s
/// in an external `gzip -6` (3.2 MB), which also needed a socket, a child process and a copy of
/// every byte through the kernel. libdeflate compresses whole buffers only, so the dump is
/// compressed as a sequence of independent blocks, each its own gzip member (see ``GzipMembers``).
enum Deflate {
    /// Continues a CRC-32 (the gzip and zlib polynomial) over `bytes`; start with 0.
    @inline(__always) static func crc32(_ crc: UInt32, _ bytes: UnsafeRawBufferPointer) -> UInt32 {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return crc }
        return libdeflate_crc32(crc, base, bytes.count)
    }

    /// A libdeflate compressor at one compression level (1 fastest … 12 smallest).
    final class Compressor {
        private let pointer: OpaquePointer

        /// `nil` when libdeflate cannot allocate one (out of memory, level out of range).
        init?(level: Int) {
            guard let pointer = libdeflate_alloc_compressor(Int32(level)) else { return nil }
            self.pointer = pointer
        }

        deinit { libdeflate_free_compressor(pointer) }

        /// The most bytes raw DEFLATE can turn `count` bytes into.
        func bound(_ count: Int) -> Int { libdeflate_deflate_compress_bound(pointer, count) }

        /// Compresses `input` as raw DEFLATE (RFC 1951) into `output`.
        /// - Returns: the bytes written, or 0 when `output` is too small.
        func compress(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) -> Int {
            guard let out = output.baseAddress else { return 0 }
            // libdeflate reads no byte of an empty input, but wants a pointer all the same.
            return libdeflate_deflate_compress(pointer, input.baseAddress ?? UnsafeRawPointer(out), input.count, out, output.count)
        }
    }

    /// A libdeflate decompressor.
    final class Decompressor {
        private let pointer: OpaquePointer

        /// `nil` when libdeflate cannot allocate one.
        init?() {
            guard let pointer = libdeflate_alloc_decompressor() else { return nil }
            self.pointer = pointer
        }

        deinit { libdeflate_free_decompressor(pointer) }

        /// Decompresses the gzip member at the start of `input` into `output`; libdeflate checks
        /// the member's CRC-32 and size against what it decompressed.
        /// - Returns: the bytes of `input` the member took and the bytes decompressed, or `nil`
        ///   when it is not a valid member (bad data, CRC-32 or size mismatch) or does not fit.
        func gzipMember(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) -> (read: Int, written: Int)? {
            guard let inBase = input.baseAddress, let outBase = output.baseAddress, !input.isEmpty else { return nil }
            var read = 0
            var written = 0
            let result = libdeflate_gzip_decompress_ex(pointer, inBase, input.count, outBase, output.count, &read, &written)
            return result == LIBDEFLATE_SUCCESS ? (read, written) : nil
        }
    }
}
