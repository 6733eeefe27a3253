using System.IO.Compression;
using System.Text;
using Archive.Indexer.Extraction;

namespace Archive.Indexer.Tests.Extraction;

public class DocxTextExtractorTests
{
    private static ExtractedText Extract(byte[] docx) => new DocxTextExtractor().Extract(new MemoryStream(docx));

    [Fact]
    public void Body_header_footer_footnote_and_endnote_are_all_extracted()
    {
        var result = Extract(WordFile.Create());

        Assert.Equal(TextStatus.Ok, result.Status);
        Assert.Contains(WordFile.HeaderText, result.Text);
        Assert.Contains(WordFile.BodyText, result.Text);
        Assert.Contains(WordFile.FootnoteText, result.Text);
        Assert.Contains(WordFile.EndnoteText, result.Text);
        Assert.Contains(WordFile.FooterText, result.Text);
        Assert.Single(result.Pages);
        Assert.Null(result.PageCount);
    }

    [Fact]
    public void Paragraphs_are_lines_and_the_header_comes_first_and_the_footer_last()
    {
        var lines = Extract(WordFile.Create()).Text.Split('\n');

        Assert.Equal(WordFile.HeaderText, lines[0]);
        Assert.Equal(WordFile.FooterText, lines[^1]);
        Assert.Contains("BIÊN BẢN", lines);
        Assert.Contains("Thời gian:\t14 giờ 00 phút, ngày 15 tháng 3 năm 2025", lines);
    }

    [Fact]
    public void Table_cells_are_joined_by_a_bar_and_rows_are_lines()
    {
        var lines = Extract(WordFile.Create()).Text.Split('\n');

        foreach (var row in WordFile.TableRows)
        {
            Assert.Contains(string.Join(" | ", row), lines);
        }
    }

    [Fact]
    public void Text_deleted_with_track_changes_is_left_out()
    {
        Assert.DoesNotContain(WordFile.DeletedText, Extract(WordFile.Create()).Text);
    }

    [Fact]
    public void A_word_file_made_by_libreoffice_keeps_its_vietnamese_phrases()
    {
        using var file = Fixture.Open("ke-hoach-libreoffice.docx");
        var result = new DocxTextExtractor().Extract(file);

        Assert.Equal(TextStatus.Ok, result.Status);
        Assert.Contains("Số: 32/KH-UBND", result.Text);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", result.Text);
        Assert.Contains("Thực hiện dân chủ ở cơ sở trên địa bàn huyện Đình Lập năm 2025", result.Text.Split('\n'));
        Assert.True(result.Text.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void A_word_file_cut_in_half_fails_as_corrupt()
    {
        var docx = WordFile.Create();

        var result = Extract(docx[..(docx.Length / 2)]);

        Assert.Equal(TextStatus.Failed, result.Status);
        Assert.StartsWith("Tệp bị hỏng:", result.Error);
    }

    [Fact]
    public void A_word_file_with_a_broken_main_document_fails_as_corrupt()
    {
        var docx = new MemoryStream();
        docx.Write(WordFile.Create());
        using (var zip = new ZipArchive(docx, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var broken = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            broken.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");
        }

        var result = Extract(docx.ToArray());

        Assert.Equal(TextStatus.Failed, result.Status);
        Assert.StartsWith("Tệp bị hỏng:", result.Error);
    }
}
