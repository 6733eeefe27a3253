using System.Text;
using Archive.Api.Audit;
using Archive.Api.Citations;

namespace Archive.Api.Documents;

/// <summary>
/// Corrects a document's metadata for the API and the staff form alike (both check it first with
/// <see cref="MetadataRules"/>): saves the record, re-indexes it and writes what changed, and why, to the
/// audit trail. A published document whose number changes gets the address its new number calls for; the old
/// address keeps answering (see <see cref="PublicAddresses"/>). A corrected number, kind, date or title can link
/// citations to this document or away from it, so the validity of the documents that affects is read again.
/// </summary>
public sealed class MetadataCorrector(
    DocumentCatalog catalog, PublicAddressBook addresses, DocumentProcessor processor, ValidityTracker validity, AuditTrail audit, ChangeFeed feed)
{
    /// <summary>
    /// The corrected record (the same one when nothing changed: then nothing is saved or audited). The correction is
    /// applied to the newest stored record inside the one writer (<see cref="DocumentCatalog.UpdateAsync"/>), never to
    /// <paramref name="record"/> as the caller read it: a publication or another correction written meanwhile (between
    /// the caller's read and this write) stays, only the fields given here change.
    /// </summary>
    public async Task<DocumentRecord> CorrectAsync(DocumentRecord record, MetadataCorrection correction, AuditActor actor)
    {
        // What the write that was stored changed: the change function may run again on a newer record.
        DocumentRecord? before = null;
        var changes = "";
        IReadOnlyList<MetadataProblem> conflicts = [];
        DocumentRecord? changedSinceRead = null;
        var stored = await catalog.UpdateAsync(record.Id, current =>
        {
            before = current;
            changes = "";
            // Checked inside the one writer: a correction saved a moment earlier is seen here.
            changedSinceRead = correction.IfMatch is { } tags && !tags.Contains(RecordTag.Of(current), StringComparer.Ordinal) ? current : null;
            if (changedSinceRead is not null) return null;
            conflicts = Conflicts(current, correction);
            if (conflicts.Count > 0) return null;
            (var corrected, changes) = Corrected(current, correction);
            return changes.Length == 0 ? null : corrected with { ChangedAt = DateTimeOffset.UtcNow };
        }, CancellationToken.None);
        if (changedSinceRead is not null) throw new RecordChangedException(changedSinceRead);
        if (conflicts.Count > 0) throw new MetadataConflictException(conflicts);
        if (stored is null || before is null || changes.Length == 0) return stored ?? record;
        await processor.ReindexAsync(record.Id, CancellationToken.None);
        await validity.RefreshAfterCorrectionAsync(before, stored, CancellationToken.None);
        var details = string.IsNullOrWhiteSpace(correction.Reason) ? changes : $"{changes} — lý do: {correction.Reason.Trim()}";
        await audit.AppendAsync(actor, AuditActions.MetadataChange, record.Id, details, CancellationToken.None);
        // Other instances learn of it before the answer (ChangeFeed.AnnounceAsync).
        await feed.AnnounceAsync(CancellationToken.None);
        return catalog.Find(record.Id) ?? stored;
    }

    /// <summary>The given fields whose stored value is no longer the one the person saw (none without <see cref="MetadataCorrection.SeenBefore"/>).</summary>
    private static IReadOnlyList<MetadataProblem> Conflicts(DocumentRecord current, MetadataCorrection correction)
    {
        if (correction.SeenBefore is not { } seen) return [];
        var conflicts = new List<MetadataProblem>();
        void Check(string field, string label, bool given, object? seenValue, object? now, string shown)
        {
            if (given && !Equals(seenValue, now))
                conflicts.Add(new(field, $"{label} vừa được người khác sửa thành “{(shown.Length == 0 ? "(để trống)" : shown)}” sau khi bạn mở trang; hãy xem lại rồi lưu lần nữa."));
        }
        Check("title", "Tiêu đề", correction.Title is not null, seen.Title, current.Title, current.Title);
        Check("kind", "Loại văn bản", correction.Kind is not null, seen.Kind, current.Kind, current.Kind ?? "");
        Check("number", "Số, ký hiệu", correction.Number is not null, seen.Number, current.Number, current.Number ?? "");
        Check("issuedOn", "Ngày ban hành", correction.IssuedOn is not null, seen.IssuedOn, current.IssuedOn, MetadataRules.ShowDate(current.IssuedOn));
        Check("issuer", "Cơ quan ban hành", correction.Issuer is not null, seen.Issuer, current.Issuer, current.Issuer ?? "");
        return conflicts;
    }

    /// <summary>
    /// <paramref name="current"/> with the given fields, the address a new number calls for, and those fields marked as
    /// the person's word; and what changed, for the audit trail (empty: nothing did, and the record is returned as is).
    /// </summary>
    private (DocumentRecord Corrected, string Changes) Corrected(DocumentRecord current, MetadataCorrection correction)
    {
        var corrected = current with
        {
            Title = Clean(correction.Title) ?? current.Title,
            Kind = correction.Kind is null ? current.Kind : Clean(correction.Kind),
            Number = correction.Number is null ? current.Number : Clean(correction.Number),
            IssuedOn = correction.IssuedOn ?? current.IssuedOn,
            Issuer = correction.Issuer is null ? current.Issuer : Clean(correction.Issuer),
        };
        var changes = Changes(current, corrected);
        if (changes.Length == 0) return (current, changes);
        corrected = PublicAddresses.Follow(current, corrected, addresses);
        // A corrected field is the person's word from now on: re-extraction never overwrites it.
        var sources = new Dictionary<string, string>(current.FieldSources);
        foreach (var (field, given) in new (string, object?)[]
                 {
                     ("title", correction.Title), ("kind", correction.Kind), ("number", correction.Number),
                     ("issuedOn", correction.IssuedOn), ("issuer", correction.Issuer),
                 })
            if (given is not null) sources[field] = FieldSourceKinds.Provided;
        return (corrected with { FieldSources = sources }, changes);
    }

    private static string Changes(DocumentRecord before, DocumentRecord after)
    {
        var parts = new List<string>();
        void Compare(string label, object? old, object? now)
        {
            if (!Equals(old, now)) parts.Add($"{label}: '{old}' → '{now}'");
        }
        Compare("tiêu đề", before.Title, after.Title);
        Compare("loại", before.Kind, after.Kind);
        Compare("số", before.Number, after.Number);
        Compare("ngày ban hành", before.IssuedOn, after.IssuedOn);
        Compare("cơ quan ban hành", before.Issuer, after.Issuer);
        return string.Join("; ", parts);
    }

    public static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Normalize(NormalizationForm.FormC);
}
