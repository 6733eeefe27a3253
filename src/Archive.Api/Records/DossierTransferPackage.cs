using System.Globalization;
using System.Text.Json;
using Archive.Api.Documents;
using Archive.Api.Integrity;
using Archive.Storage;

namespace Archive.Api.Records;

/// <summary>
/// A closed dossier as one transfer package (nộp lưu) in BagIt form (<see cref="BagItBag"/>): for each document its
/// original, its extracted text and its record, and every earlier version's original and text (<c>phien-ban-{n}/</c>); the dossier's metadata (<c>data/ho-so.json</c>) and a list a person
/// reads (<c>data/muc-luc-van-ban.csv</c>), both with the field names of the electronic-records metadata standard
/// (Thông tư 02/2019/TT-BNV) as far as the archive holds them; SHA-256 manifests that
/// <see cref="BagItBag.VerifyAsync"/> checks on the way back in.
/// </summary>
/// <remarks>
/// The field names follow the standard's lists of dossier and document metadata as the project knows them
/// (mã hồ sơ, tiêu đề hồ sơ, thời hạn bảo quản, ngôn ngữ, tổng số văn bản; số và ký hiệu, ngày tháng năm, tên loại,
/// trích yếu nội dung, tên cơ quan ban hành, số trang): they were written without the circular's text at hand, and
/// fields the archive does not hold (chế độ sử dụng, mức độ tin cậy, ký hiệu thông tin…) are left out rather than
/// guessed. Originals and texts stream from the store into the package (a dossier of large scans is never held in memory).
/// </remarks>
public sealed class DossierTransferPackage(IObjectStore store, DocumentCatalog catalog)
{
    public static readonly string[] ListColumns =
        ["STT", "Mã định danh văn bản", "Số và ký hiệu văn bản", "Ngày, tháng, năm văn bản", "Tên loại văn bản", "Trích yếu nội dung",
            "Tên cơ quan, tổ chức ban hành", "Số trang", "Tệp", "SHA-256"];

    /// <summary>The package is read by people too: Vietnamese is written as it is, not as \u escapes (it is never put in HTML).</summary>
    private static readonly JsonSerializerOptions Json = new(StoredJson.Options) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string FileName(Dossier dossier) => $"nop-luu-{BagItExport.SafeName(dossier.Code).Replace(' ', '-')}-{dossier.Year}.zip";

    /// <summary>
    /// Writes the package, each original and text streamed from the store into the ZIP; returns the ids of documents
    /// whose original is missing (then what was written is incomplete: the caller throws it away).
    /// </summary>
    public async Task<IReadOnlyList<string>> WriteAsync(Dossier dossier, Stream output, CancellationToken cancellationToken)
    {
        var payload = new List<BagItBag.File>();
        var rows = new List<string[]>();
        var missing = new List<string>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var id in dossier.DocumentIds)
        {
            number++;
            if (catalog.Find(id) is not { } record)
            {
                missing.Add(id);
                continue;
            }
            var folder = $"data/{number:000}-{id}";
            var file = $"{folder}/{BagItExport.SafeName(record.FileName)}";
            payload.Add(Stored(file, StoreLayout.OriginalOf(record)));
            owners[file] = id;
            payload.Add(Stored($"{folder}/text.txt", StoreLayout.Text(id)) with { Required = false });
            payload.Add(BagItBag.File.Of($"{folder}/meta.json", JsonSerializer.SerializeToUtf8Bytes(record, Json)));
            // Every version the document had goes with it, each with its own original and the text it had.
            foreach (var former in record.FormerVersions)
            {
                var versionFolder = $"{folder}/phien-ban-{former.Version}";
                var original = $"{versionFolder}/{BagItExport.SafeName(former.FileName)}";
                payload.Add(Stored(original, StoreLayout.Original(id, former.Version)));
                owners[original] = $"{id} (phiên bản {former.Version})";
                payload.Add(Stored($"{versionFolder}/text.txt", StoreLayout.VersionText(id, former.Version)) with { Required = false });
            }
            rows.Add(
            [
                number.ToString(CultureInfo.InvariantCulture), id, record.Number ?? "", MetadataRules.ShowDate(record.IssuedOn),
                record.Kind ?? "", record.Title, record.Issuer ?? "", record.PageCount?.ToString(CultureInfo.InvariantCulture) ?? "",
                file["data/".Length..], record.Sha256,
            ]);
        }
        if (missing.Count > 0) return missing;

        var metadata = new Dictionary<string, object?>
        {
            ["Mã hồ sơ"] = dossier.Id, ["Ký hiệu hồ sơ"] = dossier.Code, ["Tiêu đề hồ sơ"] = dossier.Title, ["Năm"] = dossier.Year,
            ["Thời hạn bảo quản"] = dossier.Retention.ToString(), ["Đơn vị"] = dossier.Unit, ["Người lập hồ sơ"] = dossier.Responsible,
            ["Ngôn ngữ"] = "Tiếng Việt", ["Tổng số văn bản trong hồ sơ"] = dossier.DocumentIds.Count,
            ["Ngày khóa hồ sơ"] = dossier.ClosedAt, ["Ngày được hủy"] = dossier.DisposalDate,
        };
        payload.Add(BagItBag.File.Of("data/ho-so.json", JsonSerializer.SerializeToUtf8Bytes(metadata, Json)));
        payload.Add(BagItBag.File.Of("data/muc-luc-van-ban.csv", CsvTable.Bytes(ListColumns, rows)));
        var absent = await BagItBag.WriteAsync(output, $"ho-so-{dossier.Id}", payload,
        [
            ("External-Identifier", dossier.Id), ("External-Description", $"{dossier.Code}/{dossier.Year} {dossier.Title}"),
            ("Bagging-Date", DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ], cancellationToken);
        return absent.Select(path => owners.GetValueOrDefault(path, path)).ToList();
    }

    private BagItBag.File Stored(string path, string key) => new(path, token => store.OpenReadAsync(key, token));
}
