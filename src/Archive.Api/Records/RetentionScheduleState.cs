namespace Archive.Api.Records;

/// <summary>The retention schedule as <c>records/retention-schedule.json</c> keeps it: its lines, and who last changed it.</summary>
public sealed record RetentionScheduleState(IReadOnlyList<RetentionRule> Rules, DateTimeOffset? UpdatedAt = null, string? UpdatedBy = null)
{
    /// <summary>The line a loose document of <paramref name="kind"/> follows: the longest of that kind, or null when none names it.</summary>
    public RetentionRule? RuleForKind(string? kind) =>
        string.IsNullOrWhiteSpace(kind)
            ? null
            : Rules.Where(r => r.Kind is not null && string.Equals(r.Kind, kind, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(r => r.Retention.Years ?? int.MaxValue)
                .FirstOrDefault();
}
