using System.Buffers;
using System.Text;
using Lucene.Net.Analysis.CharFilters;

namespace Archive.Indexer.Analysis;

/// <summary>
/// Runs <see cref="VietnameseNormalizer"/> (all but lowercasing, which the tokenizer does after
/// symbols are recognized on the capitals) in front of the tokenizer and records where lengths change
/// (NFD → NFC composition, removed zero-width characters), so token offsets still point into the original
/// text and highlighting lands on the right characters.
/// </summary>
/// <remarks>
/// Reads the input in chunks cut after whitespace: normalization never looks across a space, so each
/// chunk can be normalized on its own without holding the whole field in memory.
/// </remarks>
public sealed class VietnameseCharFilter : BaseCharFilter
{
    private const int ChunkSize = 8192;

    // Borrowed: a filter is made for every text analyzed (a passage's heading too), most far shorter than a chunk.
    private char[]? _readBuffer = ArrayPool<char>.Shared.Rent(ChunkSize);
    private readonly StringBuilder _pending = new();   // raw input not yet normalized
    private readonly StringBuilder _output = new();    // normalized, not yet handed out
    private readonly List<int> _sources = new();
    private int _outputRead;
    private int _inputConsumed;   // raw chars normalized so far
    private int _outputProduced;  // normalized chars produced so far
    private int _lastDiff;
    private bool _inputDone;

    public VietnameseCharFilter(TextReader input) : base(input) { }

    public override int Read(char[] buffer, int index, int count)
    {
        int written = 0;
        while (written < count)
        {
            if (_outputRead == _output.Length && !Fill()) break;
            int n = Math.Min(count - written, _output.Length - _outputRead);
            _output.CopyTo(_outputRead, buffer.AsSpan(index + written, n), n);
            _outputRead += n;
            written += n;
        }
        return written;
    }

    public override int Read()
    {
        var one = new char[1];
        return Read(one, 0, 1) == 0 ? -1 : one[0];
    }

    private bool Fill()
    {
        _output.Clear();
        _outputRead = 0;
        while (_output.Length == 0)
        {
            if (!_inputDone)
            {
                var readBuffer = _readBuffer ?? throw new ObjectDisposedException(nameof(VietnameseCharFilter));
                int n = m_input.Read(readBuffer, 0, ChunkSize);
                if (n <= 0) _inputDone = true;
                else _pending.Append(readBuffer, 0, n);
            }
            if (_pending.Length == 0) return false;

            int cut = _inputDone ? _pending.Length : LastCut();
            if (cut == 0) continue; // no whitespace yet: read more before normalizing
            NormalizeChunk(cut);
        }
        return true;
    }

    private int LastCut()
    {
        for (int i = _pending.Length - 1; i >= 0; i--)
            if (char.IsWhiteSpace(_pending[i])) return i + 1;
        // One enormous "word": normalize it anyway rather than buffer without bound.
        return _pending.Length >= 16 * ChunkSize ? _pending.Length : 0;
    }

    private void NormalizeChunk(int cut)
    {
        string chunk = _pending.ToString(0, cut);
        _pending.Remove(0, cut);
        _sources.Clear();
        VietnameseNormalizer.Normalize(chunk, _output, _sources, lowercase: false);
        for (int k = 0; k < _sources.Count; k++)
            Record(_outputProduced + k, _inputConsumed + _sources[k]);
        _outputProduced += _sources.Count;
        _inputConsumed += cut;
        Record(_outputProduced, _inputConsumed);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _readBuffer, null) is { } buffer) ArrayPool<char>.Shared.Return(buffer);
        base.Dispose(disposing);
    }

    private void Record(int outputOffset, int inputOffset)
    {
        int diff = inputOffset - outputOffset;
        if (diff == _lastDiff) return;
        AddOffCorrectMap(outputOffset, diff);
        _lastDiff = diff;
    }
}
