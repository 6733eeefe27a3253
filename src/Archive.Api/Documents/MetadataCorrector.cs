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
public sealed class MetadataCorrector(DocumentCatalog catalog, DocumentProcessor processor, ValidityTracker validity, AuditTrail audit)
{
    /// <summary>The corrected record (the same one when nothing changed: then nothing is saved or audited).</summary>
    public async Task<DocumentRecord> CorrectAsync(DocumentRecord record, MetadataCorrection correction, AuditActor actor)
    {
        var corrected = record with
        {
            Title = Clean(correction.Title) ?? record.Title,
            Kind = correction.Kind is null ? record.Kind : Clean(correction.Kind),
            Number = correction.Number is null ? record.Number : Clean(correction.Number),
            IssuedOn = correction.IssuedOn ?? record.IssuedOn,
            Issuer = correction.Issuer is null ? record.Issuer : Clean(correction.Issuer),
        };
        var changes = Changes(record, corrected);
        if (changes.Length == 0) return record;
        corrected = PublicAddresses.Follow(record, corrected, catalog.All);
        // A corrected field is the person's word from now on: re-extraction never overwrites it.
        var sources = new Dictionary<string, string>(record.FieldSources);
        foreach (var (field, given) in new (string, object?)[]
                 {
                     ("title", correction.Title), ("kind", correction.Kind), ("number", correction.Number),
                     ("issuedOn", correction.IssuedOn), ("issuer", correction.Issuer),
                 })
            if (given is not null) sources[field] = FieldSourceKinds.Provided;
        corrected = corrected with { FieldSources = sources };
        // Only the corrected fields (and the address they call for) change on the newest record: what the pipeline
        // or a publication wrote meanwhile stays.
        var provided = sources.Where(s => s.Value == FieldSourceKinds.Provided).Select(s => s.Key).ToList();
        corrected = await catalog.UpdateAsync(record.Id, current =>
        {
            var now = new Dictionary<string, string>(current.FieldSources);
            foreach (var field in provided) now[field] = FieldSourceKinds.Provided;
            return current with
            {
                Title = corrected.Title, Kind = corrected.Kind, Number = corrected.Number, IssuedOn = corrected.IssuedOn,
                Issuer = corrected.Issuer, FieldSources = now, ChangedAt = DateTimeOffset.UtcNow,
                PublicAddress = corrected.PublicAddress, FormerAddresses = corrected.FormerAddresses,
            };
        }, CancellationToken.None) ?? corrected;
        await processor.ReindexAsync(record.Id, CancellationToken.None);
        await validity.RefreshAfterCorrectionAsync(record, corrected, CancellationToken.None);
        var details = string.IsNullOrWhiteSpace(correction.Reason) ? changes : $"{changes} — lý do: {correction.Reason.Trim()}";
        await audit.AppendAsync(actor, AuditActions.MetadataChange, record.Id, details, CancellationToken.None);
        return catalog.Find(record.Id) ?? corrected;
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
