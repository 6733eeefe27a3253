using System.Globalization;
using Archive.Api.Documents;

namespace Archive.Api.Records;

/// <summary>
/// The yearly dossier list (danh mục hồ sơ) as CSV for a spreadsheet, in the columns of the form of
/// Nghị định 30/2020/NĐ-CP (ký hiệu, tiêu đề, thời hạn bảo quản, người lập) plus what the archive knows
/// (documents, status, disposal date), written by <see cref="CsvTable"/>.
/// </summary>
public static class DossierCatalogExport
{
    /// <summary>Codes as people number them: "2.KH" before "10.KH".</summary>
    public static readonly StringComparer CodeOrder = StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.NumericOrdering | CompareOptions.IgnoreCase);

    public static readonly string[] Columns =
        ["STT", "Ký hiệu hồ sơ", "Tiêu đề hồ sơ", "Thời hạn bảo quản", "Đơn vị", "Người lập hồ sơ", "Số văn bản", "Tình trạng", "Ngày được hủy"];

    /// <summary>One year's dossiers in code order.</summary>
    public static IReadOnlyList<Dossier> OfYear(IEnumerable<Dossier> dossiers, int year) =>
        dossiers.Where(d => d.Year == year).OrderBy(d => d.Code, CodeOrder).ToList();

    public static byte[] Csv(IReadOnlyList<Dossier> dossiers)
    {
        var number = 0;
        return CsvTable.Bytes(Columns, dossiers.Select(d => new[]
        {
            (++number).ToString(CultureInfo.InvariantCulture), d.Code, d.Title, d.Retention.ToString(), d.Unit ?? "", d.Responsible ?? "",
            d.DocumentIds.Count.ToString(CultureInfo.InvariantCulture), DossierStatuses.Label(d.Status),
            MetadataRules.ShowDate(d.DisposalDate),
        }));
    }
}
