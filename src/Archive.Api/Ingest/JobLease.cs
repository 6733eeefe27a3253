namespace Archive.Api.Ingest;

/// <summary>A document's job is run by <paramref name="Holder"/> (<see cref="JobLeases.Holder"/>) until <paramref name="ExpiresAt"/> unless renewed.</summary>
public sealed record JobLease(string Holder, DateTimeOffset ExpiresAt);
