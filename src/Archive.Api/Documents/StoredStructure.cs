using System.Text.Json;
using System.Text.Json.Serialization;
using Archive.Indexer.Structure;
using Archive.Storage;

namespace Archive.Api.Documents;

/// <summary>
/// A document's <see cref="DocumentStructure"/> as kept in the store (<see cref="StoreLayout.Structure"/>).
/// Derived data like the index: written when the text is, and parsed again from the stored text whenever it is
/// missing or was written by another parser version, so a parser change needs no migration.
/// </summary>
public static class StoredStructure
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<DocumentStructure> SaveAsync(IObjectStore store, string id, string text, CancellationToken cancellationToken)
    {
        var structure = StructureParser.Parse(text);
        using var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(structure, Json));
        await store.PutAsync(StoreLayout.Structure(id), content, "application/json", cancellationToken);
        return structure;
    }

    /// <param name="text">The stored text when the caller already read it, so a missing or outdated structure does not read it again.</param>
    public static async Task<DocumentStructure> ReadAsync(IObjectStore store, string id, CancellationToken cancellationToken, string? text = null)
    {
        await using (var stream = await store.OpenReadAsync(StoreLayout.Structure(id), cancellationToken))
        {
            if (stream is not null)
            {
                try
                {
                    var stored = await JsonSerializer.DeserializeAsync<DocumentStructure>(stream, Json, cancellationToken);
                    if (stored?.Version == DocumentStructure.CurrentVersion) return stored;
                }
                catch (JsonException)
                {
                    // A damaged derived file is parsed again below, like an outdated one.
                }
            }
        }
        text ??= await StoredText.ReadAsync(store, id, cancellationToken);
        if (text.Length == 0) return DocumentStructure.Empty;
        try
        {
            return await SaveAsync(store, id, text, cancellationToken);
        }
        catch (StoreOutageException)
        {
            // Reading goes on during an outage; the structure is written again on a later read.
            return StructureParser.Parse(text);
        }
    }
}
