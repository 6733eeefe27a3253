namespace Archive.Indexer.Extraction.Ocr;

/// <summary>Counts the frames (pages) of a TIFF by walking its chain of image directories.</summary>
internal static class TiffFrames
{
    private const int MaxFrames = 10_000; // a loop in the chain must not hang us

    /// <summary>The number of frames, or 1 when the file is not a classic TIFF (BigTIFF, JPEG, PNG).</summary>
    public static int Count(string path)
    {
        using var file = File.OpenRead(path);
        using var reader = new BinaryReader(file);
        if (file.Length < 8) return 1;
        var order = reader.ReadBytes(4);
        bool little;
        if (order.AsSpan().SequenceEqual("II*\0"u8)) little = true;
        else if (order.AsSpan().SequenceEqual("MM\0*"u8)) little = false;
        else return 1;

        uint U32(byte[] b) => little ? BitConverter.ToUInt32(b) : BitConverter.ToUInt32([b[3], b[2], b[1], b[0]]);
        ushort U16(byte[] b) => little ? BitConverter.ToUInt16(b) : (ushort)(b[0] << 8 | b[1]);

        var frames = 0;
        long offset = U32(reader.ReadBytes(4));
        while (offset != 0 && offset + 2 <= file.Length && frames < MaxFrames)
        {
            frames++;
            file.Position = offset;
            var entries = U16(reader.ReadBytes(2));
            file.Position = offset + 2 + entries * 12L;
            if (file.Position + 4 > file.Length) break;
            offset = U32(reader.ReadBytes(4));
        }
        return Math.Max(1, frames);
    }
}
