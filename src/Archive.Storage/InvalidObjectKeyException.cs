namespace Archive.Storage;

/// <summary>Thrown when a key breaks the rules stated on <see cref="IObjectStore"/>.</summary>
/// <remarks>The message is in Vietnamese because the API passes it on to the person who typed the key.</remarks>
public sealed class InvalidObjectKeyException(string key, string reason)
    : ArgumentException($"Khóa đối tượng '{key}' không hợp lệ: {reason}")
{
    public string Key { get; } = key;
    public string Reason { get; } = reason;
}
