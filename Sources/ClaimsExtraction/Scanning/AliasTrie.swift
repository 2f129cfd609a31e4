/// What a taxonomy name found in the text stands for.
@usableFromInline
package struct EntityRef: Sendable, Equatable {
    @usableFromInline
    package enum Section: UInt8, Sendable {
        case weapon
        case actor
        case place

        /// Inline raw-value comparison (see ``Token/Kind``).
        @inlinable @inline(__always)
        package static func == (lhs: Self, rhs: Self) -> Bool { lhs.rawValue == rhs.rawValue }
    }

    package var section: Section
    /// The index of the entry in the taxonomy's array for its section.
    package var index: Int32
    /// The name is a capitalised word that is also plain English ("Hammer", "Harm", "Grad"):
    /// text in lower case does not match it.
    package var requiresCapital: Bool

    package init(section: Section, index: Int32, requiresCapital: Bool) {
        self.section = section
        self.index = index
        self.requiresCapital = requiresCapital
    }
}

/// A byte trie over folded names (``NameFolding``), built once per extractor. Wide nodes (the
/// root, and a node with more than ``widestRun`` edges, such as the one after a Cyrillic lead byte
/// `0xD0`) have a dense row of 256 children; the others keep their few edges in sorted runs of two
/// flat arrays. A walk through a Cyrillic word searched a run of dozens of labels for its letters'
/// second bytes: with dense rows the alias scan fell from 12.2% to 11.3% of the Cyrillic
/// `bench/extract.sh` samples (mean of three profiles; English unchanged at 11.3%). The arrays
/// are immutable after building and read through unsafe buffers, so the scan pays no reference
/// counting or bounds checks per byte.
package final class AliasTrie: @unchecked Sendable {
    /// Rows of 256 children (`-1` for none), one per wide node (the root among them).
    private let dense: UnsafeMutableBufferPointer<Int32>
    /// Per node: the start of its run of edges, or of its row in `dense` when `edgeCount` is
    /// negative.
    private let edgeStart: UnsafeMutableBufferPointer<Int32>
    /// Per node: the number of its edges, or `-1` for a wide node read through `dense`.
    private let edgeCount: UnsafeMutableBufferPointer<Int32>
    private let labels: UnsafeMutableBufferPointer<UInt8>
    private let targets: UnsafeMutableBufferPointer<Int32>
    private let payloadIndex: UnsafeMutableBufferPointer<Int32>
    /// The entries a node stands for, by payload index.
    package let payloads: [[EntityRef]]

    /// Builds the trie.
    ///
    /// - Parameter entries: Folded keys (non-empty) and what they stand for. One key may stand for
    ///   several entries (a weapon and a place); the same entry twice keeps one reference, which
    ///   requires a capital only if every name behind it does.
    /// - Complexity: O(k log k) key comparisons for k keys, plus their total length.
    package init(entries: [(key: [UInt8], ref: EntityRef)]) {
        // Built from the keys in sorted order: each key's new nodes hang below the prefix it
        // shares with the key before it, and every node's edges come out in label order. A
        // dictionary of edges, then a sort of them, made `claims extract`'s start-up 49.8 ms
        // against 44.0 ms this way (fastest of 30): one sort of the keys and a counting pass.
        let order = entries.indices.filter { !entries[$0].key.isEmpty }.sorted { left, right in
            let order = Self.compare(entries[left].key, entries[right].key)
            return order == 0 ? left < right : order < 0  // equal keys keep their given order
        }
        var parents: [Int32] = [-1]  // by node; the root has none
        var nodeLabels: [UInt8] = [0]
        var nodePayload: [[EntityRef]] = [[]]
        var path: [Int32] = [0]  // path[depth]: the node the previous key reached at that depth
        var previous: [UInt8] = []
        for entry in order {
            let (key, ref) = entries[entry]
            var shared = 0
            let limit = min(key.count, previous.count)
            while shared < limit, key[shared] == previous[shared] { shared += 1 }
            path.removeSubrange((shared + 1)...)
            for depth in shared..<key.count {
                parents.append(path[depth])
                nodeLabels.append(key[depth])
                nodePayload.append([])
                path.append(Int32(parents.count - 1))
            }
            previous = key
            let slot = Int(path[key.count])
            if let existing = nodePayload[slot].firstIndex(where: { $0.section == ref.section && $0.index == ref.index }) {
                nodePayload[slot][existing].requiresCapital = nodePayload[slot][existing].requiresCapital && ref.requiresCapital
            } else {
                nodePayload[slot].append(ref)
            }
        }
        let nodeCount = parents.count
        var fanOut = [Int32](repeating: 0, count: nodeCount)
        for node in 1..<max(1, nodeCount) { fanOut[Int(parents[node])] += 1 }
        let isWide = fanOut.indices.map { $0 == 0 || fanOut[$0] > Self.widestRun }
        let wideCount = isWide.lazy.filter { $0 }.count
        dense = .allocate(capacity: 256 * wideCount)
        dense.initialize(repeating: -1)
        edgeStart = .allocate(capacity: nodeCount)
        edgeStart.initialize(repeating: 0)
        edgeCount = .allocate(capacity: nodeCount)
        edgeCount.initialize(repeating: 0)
        payloadIndex = .allocate(capacity: nodeCount)
        payloadIndex.initialize(repeating: -1)
        labels = .allocate(capacity: max(1, nodeCount - 1))
        targets = .allocate(capacity: max(1, nodeCount - 1))
        // Each narrow node's edges in one run, by parent (children were made in label order);
        // each wide node's children in its row.
        var nextEdge = 0
        var nextRow = 0
        for node in 0..<nodeCount {
            if isWide[node] {
                edgeStart[node] = Int32(nextRow)
                edgeCount[node] = -1
                nextRow += 256
            } else {
                edgeStart[node] = Int32(nextEdge)
                edgeCount[node] = fanOut[node]
                nextEdge += Int(fanOut[node])
            }
        }
        var filled = [Int32](repeating: 0, count: nodeCount)
        for node in 1..<max(1, nodeCount) {
            let parent = Int(parents[node])
            if isWide[parent] {
                dense[Int(edgeStart[parent]) + Int(nodeLabels[node])] = Int32(node)
                continue
            }
            let edge = Int(edgeStart[parent] + filled[parent])
            filled[parent] += 1
            labels[edge] = nodeLabels[node]
            targets[edge] = Int32(node)
        }
        var payloads: [[EntityRef]] = []
        for node in 0..<nodeCount where !nodePayload[node].isEmpty {
            payloadIndex[node] = Int32(payloads.count)
            payloads.append(nodePayload[node])
        }
        self.payloads = payloads
    }

    /// Byte-wise order of two keys (a prefix first): negative, zero or positive.
    private static func compare(_ left: [UInt8], _ right: [UInt8]) -> Int {
        left.withUnsafeBufferPointer { l in
            right.withUnsafeBufferPointer { r in
                let common = min(l.count, r.count)
                var index = 0
                while index < common {
                    if l[index] != r[index] { return Int(l[index]) - Int(r[index]) }
                    index += 1
                }
                return l.count - r.count
            }
        }
    }

    deinit {
        dense.deallocate()
        edgeStart.deallocate()
        edgeCount.deallocate()
        labels.deallocate()
        targets.deallocate()
        payloadIndex.deallocate()
    }

    /// The root node.
    package static let rootNode: Int32 = 0

    /// The most edges a node keeps in a run; a node with more has a dense row.
    package static let widestRun: Int32 = 8

    /// The node reached from `node` by `byte`, or `-1`.
    @inline(__always)
    package func child(_ node: Int32, _ byte: UInt8) -> Int32 {
        let start = Int(edgeStart[Int(node)])
        let count = Int(edgeCount[Int(node)])
        if count < 0 { return dense[start + Int(byte)] }
        let end = start + count
        var index = start
        while index < end {
            let label = labels[index]
            if label == byte { return targets[index] }
            if label > byte { return -1 }
            index += 1
        }
        return -1
    }

    /// The payload index of a node (`-1` when no name ends there).
    @inline(__always)
    package func payload(_ node: Int32) -> Int32 { payloadIndex[Int(node)] }

    /// Whether some key starts with `prefix` (folded bytes).
    package func hasPath(_ prefix: some Sequence<UInt8>) -> Bool {
        var node = Self.rootNode
        for byte in prefix {
            node = child(node, byte)
            if node < 0 { return false }
        }
        return true
    }

    /// The number of nodes (for tests and diagnostics).
    package var nodeCount: Int { payloadIndex.count }
}
