using Archive.Indexer.Index;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Archive.Api.Tests.Hosting;

/// <summary>
/// What a service's index folder holds as committed, read from the files as a restarted service would find them (a
/// search of the running service also sees what is only in memory). Reading beside the service's writer is safe: a
/// reader takes no lock.
/// </summary>
public static class CommittedIndex
{
    /// <summary>
    /// Whether the last commit under <paramref name="indexRoot"/> (the Index:Path setting; the index itself is in the
    /// subfolder of its schema stamp, the only one kept) holds an entry of document <paramref name="id"/>.
    /// </summary>
    public static bool Holds(string indexRoot, string id)
    {
        if (!System.IO.Directory.Exists(indexRoot)) return false;
        foreach (var folder in System.IO.Directory.GetDirectories(indexRoot))
        {
            try
            {
                using var directory = FSDirectory.Open(folder);
                if (!DirectoryReader.IndexExists(directory)) continue;
                using var reader = DirectoryReader.Open(directory);
                if (reader.DocFreq(new Term(DocumentFields.Id, id)) > 0) return true;
            }
            catch (IOException)
            {
                // The writer removed an older commit's file while it was opened: the next look sees the new commit.
            }
        }
        return false;
    }
}
