namespace Archive.Api.Records;

/// <summary>What became of a disposal proposal or its approval.</summary>
public enum DisposalOutcome
{
    Done,
    NotFound,
    /// <summary>Something in it may not be destroyed (held, permanent, not due, …): <see cref="DisposalResult.Obstacles"/>.</summary>
    Refused,
    /// <summary>The proposer may not approve their own proposal: a second person must look at it.</summary>
    SameAdmin,
    AlreadyCarriedOut,
}
