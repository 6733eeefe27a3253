using System.Buffers.Binary;

namespace Archive.Indexer.Extraction.Ocr;

/// <summary>
/// The width and height of every frame of a PNG, JPEG or TIFF, read from its headers without decoding a pixel,
/// so that a "pixel bomb" (a small file claiming 40,000 × 40,000 pixels) is refused before tesseract loads it.
/// </summary>
public static class ImageFrames
{
    private const int MaxFramesRead = 10_000; // a loop in a TIFF's chain of directories must not hang us

    /// <summary>One (width, height) per frame; empty when the headers cannot be read (tesseract then says why).</summary>
    public static IReadOnlyList<(long Width, long Height)> Read(string path)
    {
        using var file = File.OpenRead(path);
        var head = new byte[Math.Min(file.Length, 64 * 1024)];
        file.ReadExactly(head);
        if (head.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) && head.Length >= 24)
            return [(BinaryPrimitives.ReadUInt32BigEndian(head.AsSpan(16)), BinaryPrimitives.ReadUInt32BigEndian(head.AsSpan(20)))];
        if (head.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8])) return Jpeg(file);
        if (head.AsSpan().StartsWith("II*\0"u8) || head.AsSpan().StartsWith("MM\0*"u8)) return Tiff(file, little: head[0] == (byte)'I');
        return [];
    }

    // Markers until the first start-of-frame (SOF0…SOF15 but DHT, JPG and DAC), which holds height then width.
    private static IReadOnlyList<(long, long)> Jpeg(FileStream file)
    {
        var reader = new BinaryReader(file);
        file.Position = 2;
        while (file.Position + 4 <= file.Length)
        {
            if (reader.ReadByte() != 0xFF) return [];
            var marker = reader.ReadByte();
            while (marker == 0xFF && file.Position < file.Length) marker = reader.ReadByte(); // fill bytes
            if (marker is 0xD8 or 0x01 or >= 0xD0 and <= 0xD7) continue; // markers without a length
            var length = BinaryPrimitives.ReadUInt16BigEndian(reader.ReadBytes(2));
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                var frame = reader.ReadBytes(5);
                return frame.Length < 5 ? [] : [(BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(3)), BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(1)))];
            }
            if (length < 2) return [];
            file.Position += length - 2;
        }
        return [];
    }

    // Every image directory in the chain: tag 256 is the width, 257 the height (SHORT or LONG).
    private static IReadOnlyList<(long, long)> Tiff(FileStream file, bool little)
    {
        var reader = new BinaryReader(file);
        uint U32(byte[] b) => little ? BinaryPrimitives.ReadUInt32LittleEndian(b) : BinaryPrimitives.ReadUInt32BigEndian(b);
        ushort U16(byte[] b) => little ? BinaryPrimitives.ReadUInt16LittleEndian(b) : BinaryPrimitives.ReadUInt16BigEndian(b);
        var frames = new List<(long, long)>();
        file.Position = 4;
        long offset = U32(reader.ReadBytes(4));
        while (offset != 0 && offset + 2 <= file.Length && frames.Count < MaxFramesRead)
        {
            file.Position = offset;
            var entries = U16(reader.ReadBytes(2));
            long width = 0, height = 0;
            for (var i = 0; i < entries && file.Position + 12 <= file.Length; i++)
            {
                var entry = reader.ReadBytes(12);
                var tag = U16(entry[..2]);
                var type = U16(entry[2..4]);
                long value = type == 3 ? U16(entry[8..10]) : U32(entry[8..12]);
                if (tag == 256) width = value;
                else if (tag == 257) height = value;
            }
            frames.Add((width, height));
            if (file.Position + 4 > file.Length) break;
            offset = U32(reader.ReadBytes(4));
        }
        return frames;
    }
}
