namespace Archive.Api.Records;

/// <summary>The outcome, the proposal as it is now (when there is one), and why it was refused (when it was).</summary>
public sealed record DisposalResult(DisposalOutcome Outcome, DisposalProposal? Proposal = null, IReadOnlyList<string>? Obstacles = null);
