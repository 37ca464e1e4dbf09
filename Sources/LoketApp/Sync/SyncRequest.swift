import LoketCore
import LoketSync

/// What the Sinkronisasi and aggregator screens ask `DeskService` to do (DeskService+Sync.swift).
public enum SyncRequest {
    /// Read the overview (counts, peers, per-desk state, duplicates).
    case load(folder: String?)
    /// Write a bundle for `peer` into `folder`.
    case export(peer: String, folder: String?)
    /// Import every bundle file in `folder` not made here: receipts, status bundles, desk bundles.
    case importFolder(String?)
    case adjudicate(DuplicateDecision, folder: String?)
}

public enum SyncResult {
    case overview(SyncOverview)
    /// Done (or refused); `lines` say what happened, in the desk's words.
    case done(lines: [String], failed: Bool, overview: SyncOverview)
}

/// Everything the sync screens show, read once per command.
public struct SyncOverview {
    public var isAggregator: Bool
    public var keyText: String?
    public var fingerprint: String?
    /// Where bundles are written and read (a USB stick's folder, typically).
    public var folder: String
    /// Per peer: what it has not received or confirmed.
    public var peers: [UnsentSummary]
    /// At an aggregator: every desk, what arrived, what is missing.
    public var view: AggregatorView?

    public init(isAggregator: Bool, keyText: String?, fingerprint: String?, folder: String, peers: [UnsentSummary],
                view: AggregatorView?) {
        self.isAggregator = isAggregator
        self.keyText = keyText
        self.fingerprint = fingerprint
        self.folder = folder
        self.peers = peers
        self.view = view
    }

    public func unsent(forDesk branch: DeskBranch) -> UnsentSummary? {
        peers.first { $0.peer == branch.peer }
    }
}
