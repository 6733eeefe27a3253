using System.Text;
using Archive.Storage;

namespace Archive.Api.Documents;

/// <summary>A document's extracted text as kept in the store (<see cref="StoreLayout.Text"/>); "" while there is none.</summary>
public static class StoredText
{
    public static async Task<string> ReadAsync(IObjectStore store, string id, CancellationToken cancellationToken)
    {
        await using var stream = await store.OpenReadAsync(StoreLayout.Text(id), cancellationToken);
        if (stream is null) return "";
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
