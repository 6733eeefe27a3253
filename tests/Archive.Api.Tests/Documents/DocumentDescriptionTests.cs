using Archive.Api.Documents;

namespace Archive.Api.Tests.Documents;

public class DocumentDescriptionTests
{
    // A scanned resolution whose handwritten number OCR read "447" (and its second reading otherwise): the clerk named the file after the real "117".
    private const string RecognizedHeader = """
        CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 447 /NQ-CP Hà Nội, ngày 12 tháng 3 năm 2025
        NGHỊ QUYẾT
        Về việc giao chỉ tiêu trồng rừng phòng hộ ven biển
        CHÍNH PHỦ
        Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
        """;

    private static DocumentRecord Uploaded(string fileName) => new()
    {
        Id = "d-test",
        Sha256 = new string('0', 64),
        FileName = fileName,
        ContentType = "application/pdf",
        Size = 1,
        Title = fileName,
        CreatedAt = DateTimeOffset.UnixEpoch,
    };

    private static DocumentRecord Described(DocumentRecord record, string text, bool numberDoubtful)
    {
        var description = new DocumentDescription();
        return description.Describe(record, description.Read(text), numberDoubtful);
    }

    [Fact]
    public void A_number_two_ocr_readings_disagree_on_gives_way_to_the_file_name_that_spells_the_same_symbol()
    {
        var described = Described(Uploaded("nghi-quyet-so-117-nq-cp-470001.pdf"), RecognizedHeader, numberDoubtful: true);

        Assert.Equal("117/NQ-CP", described.Number);
        Assert.Equal(FieldSourceKinds.FileName, described.FieldSources["number"]);
        Assert.Equal("Về việc giao chỉ tiêu trồng rừng phòng hộ ven biển", described.Title);
    }

    [Fact]
    public void The_same_number_typed_or_read_alike_twice_is_kept_over_the_file_name()
    {
        var described = Described(Uploaded("nghi-quyet-so-117-nq-cp-470001.pdf"), RecognizedHeader, numberDoubtful: false);

        Assert.Equal("447/NQ-CP", described.Number);
        Assert.Equal(FieldSourceKinds.Extracted, described.FieldSources["number"]);
    }

    [Fact]
    public void A_text_read_once_describes_each_record_as_reading_the_text_for_each_does()
    {
        var description = new DocumentDescription();
        var read = description.Read(RecognizedHeader);
        var plain = Uploaded("nghi-quyet-so-117-nq-cp-470001.pdf");
        var titled = plain with { Title = "Giao chỉ tiêu trồng rừng", FieldSources = new Dictionary<string, string> { ["title"] = FieldSourceKinds.Provided } };

        foreach (var record in new[] { plain, titled })
        {
            Assert.Equal(StoredJson.Bytes(description.Describe(record, description.Read(RecognizedHeader), numberDoubtful: true)),
                StoredJson.Bytes(description.Describe(record, read, numberDoubtful: true)));
        }
        Assert.Equal("Giao chỉ tiêu trồng rừng", description.Describe(titled, read).Title);
    }
}
