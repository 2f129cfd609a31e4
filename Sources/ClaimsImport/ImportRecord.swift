import ClaimsCore

/// One decoded line or row of an import file, in file order.
public struct ImportRecord: Sendable {
    /// What the line holds.
    public enum Content: Sendable {
        /// A line that holds nothing to write (blank, a format header): counted as read.
        case skipped
        /// A claim to write.
        case claim(ClaimDraft)
        /// A source with its id in the file (JSON Lines), which claims and candidates cite.
        case source(Source)
        /// A review-queue candidate as exported (`"type": "candidate"`), with the file's ids.
        case candidate(JSONValue)
        /// A row that cannot become a claim (a model the taxonomy does not know): reported with
        /// its line, or the end of the import when the caller asks for strictness.
        case rejected(String)
        /// The file is wrong here: the import fails, and the decoder emits nothing after it.
        case failure(ImportFailure)
    }

    /// The 1-based line the record starts on.
    public var line: Int
    /// Bytes of the input consumed so far (for progress).
    public var bytesConsumed: Int
    /// The decoded line.
    public var content: Content

    /// A record of `content` at `line`.
    public init(line: Int, bytesConsumed: Int, content: Content) {
        self.line = line
        self.bytesConsumed = bytesConsumed
        self.content = content
    }
}

/// A claim decoded from a file, ready to be written: its content (with its canonical form
/// already computed off the writing thread), its citations and what the file says about it.
public struct ClaimDraft: Sendable {
    /// The content with its canonical JSON written.
    package var prepared: CanonicalContent
    /// The citations; an error is raised only if they are used (a claim already in the ledger
    /// is skipped without reading them).
    public var citations: Result<[DraftCitation], ClaimsError>
    /// The head hash the line carries (a claim exported from a ledger): present means skip.
    public var hash: String?
    /// The claim's id in the file (an export carries it; candidates refer to it).
    public var fileID: Int64?
    /// The whole line, when it carries a revision history restored verbatim into an empty ledger.
    public var history: JSONValue?
    /// Facts about a dataset row for the import's summary.
    public var notes = DatasetNotes()

    /// The claim's content.
    public var content: ClaimContent { prepared.content }

    /// A draft of `content`.
    ///
    /// - Complexity: O(n) in the size of the content: its canonical JSON is written here.
    public init(
        content: ClaimContent, citations: Result<[DraftCitation], ClaimsError>, hash: String? = nil, fileID: Int64? = nil,
        history: JSONValue? = nil
    ) {
        self.prepared = CanonicalContent(content)
        self.citations = citations
        self.hash = hash
        self.fileID = fileID
        self.history = history
    }
}

/// What a dataset decoder noticed about one row, summed in the import's summary.
public struct DatasetNotes: Sendable, Equatable {
    /// The row's key (time, model, source) repeats an earlier row's: told apart by order.
    public var isRepeatedKey = false
    /// The account the row came from, when the taxonomy does not know it and the claim was
    /// attributed to the dataset's main claimant.
    public var assumedClaimantAccount: String?
    /// Models (or parts of a composite) missing from the dataset's reference table.
    public var missingFromReference: [String] = []

    /// No notes.
    public init() {}
}

/// A citation of a decoded claim, before its source has an id in the ledger.
public struct DraftCitation: Sendable, Equatable {
    /// Which source is cited.
    public enum SourceReference: Sendable, Equatable {
        /// A source line of the same file, by its id there.
        case file(Int64)
        /// A source found by URL in the ledger, or added.
        case url(Source)
    }

    public var source: SourceReference
    public var quote: String
    public var start: Int?
    public var end: Int?
    public var relay: String?

    /// A citation of `source`.
    public init(source: SourceReference, quote: String, start: Int? = nil, end: Int? = nil, relay: String? = nil) {
        self.source = source
        self.quote = quote
        self.start = start
        self.end = end
        self.relay = relay
    }
}
