using System.Text;

namespace Archive.Storage;

/// <summary>
/// The one place where the key rules of <see cref="IObjectStore"/> live. Every store calls
/// <see cref="Normalize"/> before touching anything, so a key that is refused never reaches a
/// file system or a bucket, and a key typed in NFD finds the object stored under NFC.
/// </summary>
public static class ObjectKey
{
    /// <summary>S3's own limit; the local folder store keeps the same one so both behave alike.</summary>
    public const int MaxUtf8Bytes = 1024;

    /// <summary>Returns the NFC form of <paramref name="key"/>, or throws when it breaks a rule.</summary>
    /// <exception cref="InvalidObjectKeyException">The key is empty, absolute, has a backslash,
    /// an empty, "." or ".." segment, a control character, or is longer than 1024 UTF-8 bytes.</exception>
    public static string Normalize(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0)
            throw new InvalidObjectKeyException(key, "khóa rỗng");

        var normalized = ToNfc(key);
        RefuseForbiddenCharacters(key, normalized);
        if (normalized[0] == '/')
            throw new InvalidObjectKeyException(key, "khóa không được bắt đầu bằng '/'");
        if (normalized.Length >= 2 && normalized[1] == ':' && char.IsAsciiLetter(normalized[0]))
            throw new InvalidObjectKeyException(key, "khóa không được bắt đầu bằng ký hiệu ổ đĩa");

        foreach (var segment in normalized.Split('/'))
        {
            if (segment.Length == 0)
                throw new InvalidObjectKeyException(key, "khóa có đoạn rỗng ('//' hoặc '/' ở cuối)");
            if (segment is "." or "..")
                throw new InvalidObjectKeyException(key, $"khóa có đoạn '{segment}'");
        }

        if (Encoding.UTF8.GetByteCount(normalized) > MaxUtf8Bytes)
            throw new InvalidObjectKeyException(key, $"khóa dài quá {MaxUtf8Bytes} byte UTF-8");
        return normalized;
    }

    /// <summary>
    /// Normalizes a listing prefix: "" (everything) is allowed, and so is a trailing '/'
    /// ("văn bản/"); otherwise the same rules as <see cref="Normalize"/>.
    /// </summary>
    public static string NormalizePrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Length == 0)
            return prefix;
        return prefix[^1] == '/' ? Normalize(prefix[..^1]) + "/" : Normalize(prefix);
    }

    /// <summary>As <see cref="NormalizePrefix"/>, but "" (everything) is refused: for destroying, which must name what it destroys.</summary>
    public static string NormalizeNonEmptyPrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return prefix.Length == 0 ? Normalize(prefix) : NormalizePrefix(prefix);
    }

    private static string ToNfc(string key)
    {
        try
        {
            return key.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // string.Normalize refuses lone surrogates: such a key has no UTF-8 form at all.
            throw new InvalidObjectKeyException(key, "khóa chứa ký tự Unicode không hợp lệ");
        }
    }

    private static void RefuseForbiddenCharacters(string key, string normalized)
    {
        foreach (var c in normalized)
        {
            if (c == '\\')
                throw new InvalidObjectKeyException(key, "khóa chứa dấu '\\' (chỉ dùng '/')");
            if (char.IsControl(c))
                throw new InvalidObjectKeyException(key, $"khóa chứa ký tự điều khiển U+{(int)c:X4}");
        }
    }
}
