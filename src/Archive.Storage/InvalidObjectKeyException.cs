namespace Archive.Storage;

/// <summary>Thrown when a key breaks the rules stated on <see cref="IObjectStore"/>.</summary>
public sealed class InvalidObjectKeyException(string key, string reason)
    : ArgumentException($"Invalid object key '{key}': {reason}")
{
    public string Key { get; } = key;
    public string Reason { get; } = reason;
}
