using Archive.Api.Documents;
using System.Text.Json;
using Archive.Storage;

namespace Archive.Api.Audit;

/// <summary>
/// Walks the whole chain in the store and holds it against the signed checkpoints kept outside it: sequence
/// without gaps, links intact, every seal recomputed with the key, every checkpoint's entry still there and
/// unchanged, nothing cut off the end. Reports the first thing wrong.
/// </summary>
internal sealed class AuditChainCheck(IObjectStore store, AuditSeal seal, AuditAnchor anchor)
{
    /// <param name="written">The last entry this process knows was written (a tail removed while it runs is found even before a checkpoint).</param>
    public async Task<AuditVerification> VerifyAsync(long written, CancellationToken cancellationToken)
    {
        var lines = await anchor.ReadAllAsync(cancellationToken);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i] is not { } line || !line.IsSignedBy(seal))
                return new AuditVerification(false, 0, null,
                    $"Mốc neo thứ {i + 1} trong {anchor.Path} không hợp lệ: bị sửa, giả mạo hoặc ký bằng khóa khác.", AuditFindings.BadCheckpoint);
        }
        var checkpoints = lines.OfType<AuditCheckpoint>().OrderBy(c => c.Sequence).ToList();
        var anchored = checkpoints.Count == 0 ? 0 : checkpoints[^1].Sequence;
        var next = 0; // the first checkpoint not yet held against the chain

        long expected = 1;
        var previous = AuditTrail.Genesis;
        var sealedSeen = false;
        await foreach (var key in store.ListAsync(StoreLayout.AuditPrefix, cancellationToken))
        {
            AuditEntry? entry;
            try { entry = await AuditTrail.ReadEntryAsync(store, key, cancellationToken); }
            catch (JsonException) { entry = null; }
            if (entry is null) return Broken(expected, AuditFindings.Unreadable, $"Mục nhật ký '{key}' không đọc được.");
            if (key != StoreLayout.AuditEntry(entry.Sequence) || entry.Sequence != expected)
                return Broken(expected, AuditFindings.Missing, $"Thiếu mục nhật ký số {expected} (gặp '{key}').");
            if (entry.PreviousHash != previous)
                return Broken(expected, AuditFindings.Unlinked, $"Mục {expected} không nối với mục trước: một mục trước đó đã bị thay hoặc xóa.");
            if (entry.Key is null && sealedSeen)
                return Broken(expected, AuditFindings.Unsealed, $"Mục {expected} không có mã xác thực dù các mục trước đã có: mục này đã bị thay.");
            if (entry.Key is not null && entry.Key != seal.KeyId)
                return Broken(expected, AuditFindings.Unsealed,
                    $"Mục {expected} được niêm phong bằng khóa '{entry.Key}', không phải khóa nhật ký đang dùng ('{seal.KeyId}'): không kiểm chứng được.");
            if (seal.HashOf(entry) != entry.Hash)
                return Broken(expected, AuditFindings.Rewritten, $"Nội dung mục {expected} đã bị sửa sau khi ghi (mã xác thực không khớp).");
            for (; next < checkpoints.Count && checkpoints[next].Sequence <= expected; next++)
            {
                var checkpoint = checkpoints[next];
                if (checkpoint.Sequence == expected && checkpoint.Hash != entry.Hash)
                    return Broken(expected, AuditFindings.Replayed,
                        $"Mục {expected} khác với mốc neo lúc {checkpoint.At:yyyy-MM-dd HH:mm:ss} UTC: nhật ký đã bị thay bằng một bản khác (phát lại hoặc khôi phục bản cũ).");
            }
            sealedSeen |= entry.Key is not null;
            previous = entry.Hash;
            expected++;
        }

        var found = expected - 1;
        if (found < anchored)
            return Broken(found + 1, AuditFindings.TailRemoved,
                $"Nhật ký dừng ở mục {found} nhưng mốc neo lúc {checkpoints[^1].At:yyyy-MM-dd HH:mm:ss} UTC đã ghi nhận đến mục {anchored}: các mục cuối đã bị xóa.");
        if (found < written)
            return Broken(found + 1, AuditFindings.TailRemoved,
                $"Nhật ký dừng ở mục {found} nhưng dịch vụ đã ghi đến mục {written}: các mục cuối đã bị xóa.");
        return new AuditVerification(true, found, null, null, null, anchored, checkpoints.Count);

        AuditVerification Broken(long? sequence, string finding, string problem) =>
            new(false, Math.Max(0, (sequence ?? 1) - 1), sequence, problem, finding, anchored, checkpoints.Count);
    }
}
