using System.Diagnostics;
using Archive.Indexer.Extraction;
using Archive.Indexer.Extraction.Office;

namespace Archive.Indexer.Tests.Extraction;

/// <summary>Zip bombs fail as documents, with a reason, and without inflating into the memory.</summary>
public sealed class DecompressionBudgetTests
{
    private const long MiB = 1024 * 1024;

    /// <summary>What extracting allocated on this thread (the extractors are synchronous), in MiB.</summary>
    private static (ExtractedText Result, long AllocatedMiB) Measure(Func<ExtractedText> extract)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = extract();
        return (result, (GC.GetAllocatedBytesForCurrentThread() - before) / MiB);
    }

    [Fact]
    public void A_docx_that_inflates_far_past_the_budget_fails_before_anything_is_inflated()
    {
        var watch = Stopwatch.StartNew();
        var bomb = ZipBombs.Docx(1024 * MiB);
        var made = watch.Elapsed;
        Assert.True(bomb.Length < 2 * MiB, $"{bomb.Length} bytes");

        var (result, allocated) = Measure(() => new DocxTextExtractor().Extract(new MemoryStream(bomb)));

        Assert.Equal(TextStatus.Failed, result.Status);
        Assert.Contains("bom nén", result.Error);
        Assert.True(allocated < 20, $"{allocated} MiB allocated; bomb made in {made}");
    }

    [Fact]
    public void A_docx_whose_zip_directory_understates_the_size_still_cannot_fill_the_memory()
    {
        var bomb = ZipBombs.Understating(ZipBombs.Docx(1024 * MiB), ZipBombs.DocumentPart);

        var (result, allocated) = Measure(() => new DocxTextExtractor().Extract(new MemoryStream(bomb)));

        Assert.Equal(TextStatus.Failed, result.Status);
        Assert.True(allocated < 50, $"{allocated} MiB allocated: {result.Error}");
    }

    [Fact]
    public async Task An_odt_bomb_is_refused_before_LibreOffice_is_asked_to_convert_it()
    {
        // A converter that does not exist: reaching it would fail as "LibreOffice missing", not as a bomb.
        using var converter = new OfficeDocumentConverter(program: "archive-test-no-such-soffice");
        var bomb = ZipBombs.Odt(300 * MiB);

        var result = await new OfficeTextExtractor(converter).ExtractAsync(new MemoryStream(bomb));

        Assert.Equal(TextStatus.Failed, result.Status);
        Assert.Contains("bom nén", result.Error);
    }

    [Theory]
    [InlineData(".docx")]
    [InlineData(".odt")]
    public async Task A_bomb_handed_to_the_converter_for_a_rendition_is_refused_before_LibreOffice_starts(string extension)
    {
        // A converter that does not exist: reaching it would fail as "missing", not as refused.
        using var converter = new OfficeDocumentConverter(program: "archive-test-no-such-soffice");
        var bomb = extension == ".docx" ? ZipBombs.Docx(1024 * MiB) : ZipBombs.Odt(300 * MiB);

        var refused = await Assert.ThrowsAsync<ExternalToolException>(() => converter.ConvertToPdfAsync(new MemoryStream(bomb), extension));

        Assert.Equal(ExternalToolFailure.Refused, refused.Failure);
        Assert.Contains("bom nén", refused.Detail);
    }

    [Fact]
    public void Text_beyond_twenty_million_characters_fails_the_document()
    {
        // Within the size budget, but more words than any real document: one paragraph per thousand letters.
        var paragraph = "<w:p><w:r><w:t>" + new string('a', 1000) + "</w:t></w:r></w:p>";
        var body = string.Concat(Enumerable.Repeat(paragraph, (int)(DecodingCharacters / 1000) + 10));
        var docx = ZipBombs.DocxWithBody(body);

        var result = new DocxTextExtractor().Extract(new MemoryStream(docx));

        Assert.Equal(TextStatus.Failed, result.Status);
        Assert.Contains("20.000.000", result.Error!.Replace(",", "."));
    }

    private const long DecodingCharacters = 20_000_000;

    [Fact]
    public void An_ordinary_word_file_is_well_within_the_budget()
    {
        var result = new DocxTextExtractor().Extract(new MemoryStream(WordFile.Create()));

        Assert.Equal(TextStatus.Ok, result.Status);
    }
}
