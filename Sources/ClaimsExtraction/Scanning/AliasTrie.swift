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
        var children: [[UInt8: Int32]] = [[:]]
        var nodePayload: [[EntityRef]] = [[]]
        for (key, ref) in entries where !key.isEmpty {
            var node = 0
            for byte in key {
                if let next = children[node][byte] {
                    node = Int(next)
                } else {
                    children.append([:])
                    nodePayload.append([])
                    let next = Int32(children.count - 1)
                    children[node][byte] = next
                    node = Int(next)
                }
            }
            if let existing = nodePayload[node].firstIndex(where: { $0.section == ref.section && $0.index == ref.index }) {
                nodePayload[node][existing].requiresCapital = nodePayload[node][existing].requiresCapital && ref.requiresCapital
            } else {
                nodePayload[node].append(ref)
            }
        }
        let nodeCount = children.count
        let edgeTotal = children.reduce(0) { $0 + $1.count }
        root = .allocate(capacity: 256)
        root.initialize(repeating: -1)
        edgeStart = .allocate(capacity: nodeCount)
        edgeCount = .allocate(capacity: nodeCount)
        payloadIndex = .allocate(capacity: nodeCount)
        payloadIndex.initialize(repeating: -1)
        labels = .allocate(capacity: max(1, edgeTotal))
        targets = .allocate(capacity: max(1, edgeTotal))
        var payloads: [[EntityRef]] = []
        var edge = 0
        for node in 0..<nodeCount {
            let sorted = children[node].sorted { $0.key < $1.key }
            edgeStart[node] = Int32(edge)
            edgeCount[node] = Int32(sorted.count)
            for (label, target) in sorted {
                labels[edge] = label
                targets[edge] = target
                edge += 1
                if node == 0 { root[Int(label)] = target }
            }
            if !nodePayload[node].isEmpty {
                payloadIndex[node] = Int32(payloads.count)
                payloads.append(nodePayload[node])
            }
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
