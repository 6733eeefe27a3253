using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Archive.Indexer.Extraction;
using Archive.Indexer.Extraction.Ocr;

namespace Archive.Indexer.Tests.Ocr;

/// <summary>Images are measured from their headers before OCR: a pixel bomb fails as a document, tesseract never loads it.</summary>
public sealed class ImageBudgetTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("archive-image-budget-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    // A tesseract that does not exist: reaching it fails as "not installed", not as a budget.
    private static readonly ScannedDocumentOcr Ocr = new(new OcrOptions { TesseractProgram = "archive-test-no-such-tesseract" });

    private string Save(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public async Task A_png_of_forty_thousand_pixels_square_fails_before_tesseract_sees_it()
    {
        var bomb = Png(40_000, 40_000); // 1.6 billion white pixels in a file of some hundred kilobytes
        Assert.True(bomb.Length < 1024 * 1024, $"{bomb.Length} bytes");

        var frames = await Ocr.RecognizeImageAsync(Save("trang.png", bomb));
        var text = Ocr.Merge(frames);

        Assert.Equal(TextStatus.Failed, text.Status);
        Assert.Contains("Ảnh quá lớn", text.Error);
    }

    [Fact]
    public async Task A_page_scanned_at_300_dpi_is_within_the_budget_and_goes_on_to_tesseract()
    {
        var frames = await Ocr.RecognizeImageAsync(Save("a4.png", Png(2480, 3508)));

        Assert.Contains("archive-test-no-such-tesseract", Assert.Single(frames).Error);
    }

    [Fact]
    public void Sizes_are_read_from_png_jpeg_and_every_frame_of_a_tiff()
    {
        Assert.Equal([(2480L, 3508L)], ImageFrames.Read(Save("a.png", Png(2480, 3508))));
        Assert.Equal([(4000L, 3000L)], ImageFrames.Read(Save("b.jpg", JpegHeader(4000, 3000))));
        Assert.Equal([(2480L, 3508L), (60_000L, 60_000L)], ImageFrames.Read(Save("c.tif", Tiff((2480, 3508), (60_000, 60_000)))));
        Assert.Empty(ImageFrames.Read(Save("d.txt", "Biên bản họp"u8.ToArray())));
    }

    [Fact]
    public async Task A_tiff_with_one_oversized_frame_among_ordinary_ones_fails()
    {
        var frames = await Ocr.RecognizeImageAsync(Save("c.tif", Tiff((2480, 3508), (60_000, 60_000))));

        Assert.Contains("60.000 × 60.000", Assert.Single(frames).Error!.Replace(",", "."));
    }

    /// <summary>A real 1-bit grayscale PNG, all white.</summary>
    private static byte[] Png(int width, int height)
    {
        var rowBytes = (width + 7) / 8;
        using var raw = new MemoryStream();
        using (var deflate = new ZLibStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[rowBytes + 1]; // filter byte 0, then the pixels
            Array.Fill(row, (byte)0xFF, 1, rowBytes);
            for (var y = 0; y < height; y++) deflate.Write(row);
        }
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 1; // bit depth
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", raw.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    /// <summary>The start of a baseline JPEG: SOI, an APP0 segment, then SOF0 with the frame size.</summary>
    private static byte[] JpegHeader(int width, int height) =>
    [
        0xFF, 0xD8,
        0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
        0xFF, 0xC0, 0x00, 0x11, 8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 3,
        1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1,
        0xFF, 0xD9,
    ];

    /// <summary>A little-endian TIFF with one image directory per frame, each giving only width and height.</summary>
    private static byte[] Tiff(params (int Width, int Height)[] frames)
    {
        using var tiff = new MemoryStream();
        var writer = new BinaryWriter(tiff);
        writer.Write("II*\0"u8);
        writer.Write(8u);
        for (var i = 0; i < frames.Length; i++)
        {
            writer.Write((ushort)2);
            foreach (var (tag, value) in new[] { (256, frames[i].Width), (257, frames[i].Height) })
            {
                writer.Write((ushort)tag);
                writer.Write((ushort)4); // LONG
                writer.Write(1u);
                writer.Write((uint)value);
            }
            writer.Write(i == frames.Length - 1 ? 0u : (uint)(tiff.Position + 4));
        }
        return tiff.ToArray();
    }
}
