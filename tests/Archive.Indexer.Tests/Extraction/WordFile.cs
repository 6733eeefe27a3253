using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Archive.Indexer.Tests.Extraction;

/// <summary>
/// Writes a small meeting-minutes .docx with the OpenXml SDK: a header, a footer, a footnote, an endnote,
/// a table and a tracked deletion — every place a Word file keeps text.
/// </summary>
internal static class WordFile
{
    public const string HeaderText = "ỦY BAN NHÂN DÂN XÃ ĐÌNH LẬP";
    public const string FooterText = "Biên bản họp thôn Bản Chắt - Trang 1";
    public const string BodyText = "Hội nghị thống nhất sửa đổi hương ước của thôn.";
    public const string FootnoteText = "Theo khoản 2 Điều 5 Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ.";
    public const string EndnoteText = "Biên bản được lập thành 02 bản có giá trị như nhau.";
    public const string DeletedText = "Nội dung đã bị xóa khi sửa.";
    public static readonly string[][] TableRows =
    [
        ["STT", "Nội dung công khai", "Thời hạn"],
        ["1", "Dự toán ngân sách xã", "Quý I năm 2025"],
        ["2", "Các khoản đóng góp của Nhân dân", "Tháng 6 năm 2025"],
    ];

    public static byte[] Create()
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();

            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Para(HeaderText));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(Para(FooterText));

            var footnotes = main.AddNewPart<FootnotesPart>();
            footnotes.Footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
                new Footnote(Para(FootnoteText)) { Id = 1 });
            var endnotes = main.AddNewPart<EndnotesPart>();
            endnotes.Endnotes = new Endnotes(new Endnote(Para(EndnoteText)) { Id = 1 });

            main.Document = new Document(new Body(
                Para("BIÊN BẢN"),
                new Paragraph(
                    new Run(new Text("Thời gian:") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new TabChar()),
                    new Run(new Text("14 giờ 00 phút, ngày 15 tháng 3 năm 2025"))),
                new Paragraph(
                    new Run(new Text(BodyText)),
                    new Run(new FootnoteReference { Id = 1 }),
                    new DeletedRun(new Run(new DeletedText(DeletedText))) { Id = "1", Author = "Thư ký" }),
                Table(),
                new Paragraph(new Run(new Text("Biểu quyết: tán thành 25/25."), new EndnoteReference { Id = 1 })),
                new SectionProperties(
                    new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                    new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) })));
        }
        return buffer.ToArray();
    }

    private static Paragraph Para(string text) => new(new Run(new Text(text)));

    private static Table Table()
    {
        var table = new Table(new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single })));
        foreach (var row in TableRows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(Para(cell)))));
        }
        return table;
    }
}
