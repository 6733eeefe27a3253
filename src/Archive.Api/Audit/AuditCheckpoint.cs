namespace Archive.Api.Audit;

/// <summary>
/// The head of the chain at one moment, signed with the audit key and kept outside the archive
/// (<see cref="AuditAnchor"/>): the chain must later still hold entry <see cref="Sequence"/> with this very
/// <see cref="Hash"/>, so a removed tail, a rewritten chain or an older copy put back are all found.
/// </summary>
public sealed record AuditCheckpoint(long Sequence, string Hash, DateTimeOffset At, string Key, string Signature)
{
    public static string SignedText(long sequence, string hash, DateTimeOffset at) =>
        $"archive-audit-checkpoint\n{sequence}\n{hash}\n{at.ToUniversalTime():O}";

    public static AuditCheckpoint Create(AuditSeal seal, long sequence, string hash, DateTimeOffset at) =>
        new(sequence, hash, at, seal.KeyId, seal.Sign(SignedText(sequence, hash, at)));

    public bool IsSignedBy(AuditSeal seal) => Key == seal.KeyId && seal.IsSignedBy(SignedText(Sequence, Hash, At), Signature);
}
