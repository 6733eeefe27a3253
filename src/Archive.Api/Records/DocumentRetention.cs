using Archive.Api.Documents;

namespace Archive.Api.Records;

/// <summary>
/// How long one document is kept and from when it may be destroyed: a document in a dossier follows its
/// dossier; a loose document follows the schedule's line for its kind, counted from its year of issue (or
/// of upload when the date is unknown). Null period and date when the schedule has no line for its kind.
/// </summary>
public sealed record DocumentRetention(string DocumentId, string? DossierId, RetentionPeriod? Retention, DateOnly? DisposalDate, string Basis)
{
    public static DocumentRetention For(DocumentRecord document, Dossier? dossier, RetentionScheduleState schedule)
    {
        if (dossier is not null)
            return new(document.Id, dossier.Id, dossier.Retention, dossier.DisposalDate, $"theo {DossierRegister.Describe(dossier)}");
        var year = document.IssuedOn?.Year ?? document.CreatedAt.Year;
        return schedule.RuleForKind(document.Kind) is { } rule
            ? new(document.Id, null, rule.Retention, rule.Retention.DisposalDate(year), $"{rule.Description} ({rule.Basis}), tính từ năm {year}")
            : new(document.Id, null, null, null, $"Bảng thời hạn bảo quản chưa có dòng cho loại văn bản '{document.Kind ?? "chưa rõ"}': chưa xác định được thời hạn.");
    }
}
