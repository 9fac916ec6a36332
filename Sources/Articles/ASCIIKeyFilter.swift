/// A quick test that rules out most words before a table of lower-case ASCII names is consulted
/// with `word.lowercased()` (with an optional final "."): an ASCII word whose length or first letter
/// no key has cannot be one. Words that are not ASCII are always admitted (their lower case is
/// left to `lowercased()`).
struct ASCIIKeyFilter: Sendable {
    private var lengths: ClosedRange<Int> = 0...Int.max
    private var firstLetters: UInt64 = ~0
    private var enabled = false

    init(_ keys: some Sequence<String>) {
        var shortest = Int.max
        var longest = 0
        var bits: UInt64 = 0
        for key in keys {
            // Only lower-case ASCII letter keys are understood; anything else turns the filter off.
            guard let first = key.utf8.first, key.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return }
            shortest = Swift.min(shortest, key.utf8.count)
            longest = Swift.max(longest, key.utf8.count)
            bits |= 1 << UInt64(first - 97)
        }
        guard longest > 0 else { return }
        // A final "." is dropped before the lookup: one byte more.
        lengths = shortest...(longest + 1)
        firstLetters = bits
        enabled = true
    }

    /// Whether `word` may name a key.
    func admits(_ word: some StringProtocol) -> Bool {
        guard enabled else { return true }
        let bytes = word.utf8
        guard let first = bytes.first, first < 0x80 else { return true }
        let count = bytes.count
        if count < lengths.lowerBound || count > lengths.upperBound { return bytes.contains { $0 >= 0x80 } }
        let lower = first | 32
        if lower >= 97 && lower <= 122 {
            if firstLetters & (1 << UInt64(lower - 97)) != 0 { return true }
            return bytes.contains { $0 >= 0x80 }
        }
        return bytes.contains { $0 >= 0x80 }
    }
}
