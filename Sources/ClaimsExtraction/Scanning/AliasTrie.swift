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

/// A byte trie over folded names (``NameFolding``), built once per extractor. The root has a
/// dense table; other nodes keep their few edges in sorted runs of two flat arrays. The arrays
/// are immutable after building and read through unsafe buffers, so the scan pays no reference
/// counting or bounds checks per byte.
package final class AliasTrie: @unchecked Sendable {
    private let root: UnsafeMutableBufferPointer<Int32>
    private let edgeStart: UnsafeMutableBufferPointer<Int32>
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
    /// - Complexity: O(total key length · log(alphabet)).
    package init(entries: [(key: [UInt8], ref: EntityRef)]) {
        // Edges in one table keyed by parent node and label: a dictionary per node cost 3 ms of
        // every `claims extract` start-up (tens of thousands of small dictionaries).
        var edges: [Int64: Int32] = [:]
        edges.reserveCapacity(entries.count * 8)
        var nodePayload: [[EntityRef]] = [[]]
        for (key, ref) in entries where !key.isEmpty {
            var node: Int32 = 0
            for byte in key {
                let edge = Int64(node) << 8 | Int64(byte)
                if let next = edges[edge] {
                    node = next
                } else {
                    nodePayload.append([])
                    let next = Int32(nodePayload.count - 1)
                    edges[edge] = next
                    node = next
                }
            }
            let slot = Int(node)
            if let existing = nodePayload[slot].firstIndex(where: { $0.section == ref.section && $0.index == ref.index }) {
                nodePayload[slot][existing].requiresCapital = nodePayload[slot][existing].requiresCapital && ref.requiresCapital
            } else {
                nodePayload[slot].append(ref)
            }
        }
        let nodeCount = nodePayload.count
        // Sorted by parent, then label: each node's edges form one sorted run.
        let sortedEdges = edges.sorted { $0.key < $1.key }
        root = .allocate(capacity: 256)
        root.initialize(repeating: -1)
        edgeStart = .allocate(capacity: nodeCount)
        edgeStart.initialize(repeating: 0)
        edgeCount = .allocate(capacity: nodeCount)
        edgeCount.initialize(repeating: 0)
        payloadIndex = .allocate(capacity: nodeCount)
        payloadIndex.initialize(repeating: -1)
        labels = .allocate(capacity: max(1, sortedEdges.count))
        targets = .allocate(capacity: max(1, sortedEdges.count))
        for (edge, (key, target)) in sortedEdges.enumerated() {
            let parent = Int(key >> 8)
            let label = UInt8(truncatingIfNeeded: key)
            if edgeCount[parent] == 0 { edgeStart[parent] = Int32(edge) }
            edgeCount[parent] += 1
            labels[edge] = label
            targets[edge] = target
            if parent == 0 { root[Int(label)] = target }
        }
        var payloads: [[EntityRef]] = []
        for node in 0..<nodeCount where !nodePayload[node].isEmpty {
            payloadIndex[node] = Int32(payloads.count)
            payloads.append(nodePayload[node])
        }
        self.payloads = payloads
    }

    deinit {
        root.deallocate()
        edgeStart.deallocate()
        edgeCount.deallocate()
        labels.deallocate()
        targets.deallocate()
        payloadIndex.deallocate()
    }

    /// The root node.
    package static let rootNode: Int32 = 0

    /// The node reached from `node` by `byte`, or `-1`.
    @inline(__always)
    package func child(_ node: Int32, _ byte: UInt8) -> Int32 {
        if node == 0 { return root[Int(byte)] }
        let start = Int(edgeStart[Int(node)])
        let end = start + Int(edgeCount[Int(node)])
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
