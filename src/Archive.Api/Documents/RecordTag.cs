using System.Security.Cryptography;

namespace Archive.Api.Documents;

/// <summary>
/// The entity tag (HTTP <c>ETag</c>, RFC 9110 §8.8.3) of a document record as stored: it changes whenever any of the
/// record's bytes do, so a client that sends it back in <c>If-Match</c> changes only the record it read.
/// </summary>
public static class RecordTag
{
    public static string Of(DocumentRecord record) =>
        $"\"{Convert.ToHexStringLower(SHA256.HashData(StoredJson.Bytes(record)), 0, 16)}\"";
}
