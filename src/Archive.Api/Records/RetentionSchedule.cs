using Archive.Api.Audit;
using Archive.Api.Documents;
using Archive.Storage;

namespace Archive.Api.Records;

/// <summary>
/// The retention schedule as data in the store (<see cref="RecordKeys.RetentionSchedule"/>): seeded from
/// <see cref="RetentionSeed"/> the first time it is read, replaced as a whole by an admin (audited).
/// </summary>
public sealed class RetentionSchedule(IObjectStore store, AuditTrail audit)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private RetentionScheduleState? current;

    /// <summary>The schedule in force; the seed when none was ever stored (then nothing is written until an admin saves one).</summary>
    public async Task<RetentionScheduleState> CurrentAsync(CancellationToken cancellationToken)
    {
        if (current is { } known) return known;
        await gate.WaitAsync(cancellationToken);
        try
        {
            return current ??= await StoredJson.ReadAsync<RetentionScheduleState>(store, RecordKeys.RetentionSchedule, cancellationToken) ?? new RetentionScheduleState(RetentionSeed.Rules);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<RetentionScheduleState> ReplaceAsync(IReadOnlyList<RetentionRule> rules, string? reason, AuditActor actor, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var state = new RetentionScheduleState(rules, DateTimeOffset.UtcNow, actor.User);
            await StoredJson.WriteAsync(store, RecordKeys.RetentionSchedule, state, cancellationToken);
            current = state;
            var details = $"{rules.Count} dòng" + (string.IsNullOrWhiteSpace(reason) ? "" : $" — lý do: {reason.Trim()}");
            await audit.AppendAsync(actor, AuditActions.RetentionScheduleChange, null, details, CancellationToken.None);
            return state;
        }
        finally
        {
            gate.Release();
        }
    }
}
