/// A fixed set of word keys (``Lexicon/key(_:)``): the grammars' small word classes ("targets",
/// "goals"; "every", "each"), looked up for most tokens of every sentence.
///
/// The keys are FNV-1a hashes already, so the set indexes a power-of-two table by their bits
/// instead of hashing them again: `Set<UInt64>.contains` ran SipHash on every lookup, 2.5% of
/// `bench/extract.sh` on English text.
package struct KeySet: Sendable {
    /// Open addressing with linear probing; `0` marks an empty slot.
    @usableFromInline let slots: [UInt64]
    @usableFromInline let mask: Int
    /// Whether the key `0` (no real word hashes to it) is a member.
    @usableFromInline let hasZero: Bool

    /// The set of the keys of `words`.
    package init(_ words: [String]) {
        self.init(keys: words.map(Lexicon.key))
    }

    /// The set of `keys`.
    ///
    /// - Complexity: O(n) for n keys.
    package init(keys: some Sequence<UInt64>) {
        let unique = Array(Set(keys))
        var capacity = 8
        while capacity < unique.count * 2 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var hasZero = false
        for key in unique {
            if key == 0 {
                hasZero = true
                continue
            }
            var slot = Self.slot(of: key, mask: capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = key
        }
        self.slots = slots
        self.mask = capacity - 1
        self.hasZero = hasZero
    }

    @inlinable @inline(__always)
    static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
    }

    /// Whether `key` is in the set.
    @inlinable @inline(__always)
    package func contains(_ key: UInt64) -> Bool {
        if key == 0 { return hasZero }
        var slot = Self.slot(of: key, mask: mask)
        while true {
            let stored = slots[slot]
            if stored == key { return true }
            if stored == 0 { return false }
            slot = (slot + 1) & mask
        }
    }
}
