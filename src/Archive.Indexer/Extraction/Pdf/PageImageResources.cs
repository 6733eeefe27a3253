using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Archive.Indexer.Extraction.Pdf;

/// <summary>
/// The largest image a page can draw, in pixels, read from its resources (its own, inherited ones and those of the
/// forms it uses) without interpreting its content. A page whose largest image is a logo cannot be a scan, so its
/// covered areas need not be measured: on a born-digital gazette that skips PdfPig's parse of every page, which costs
/// more than poppler's whole reading.
/// </summary>
/// <remarks>Inline images are not resources; they are limited to a few kilobytes and never hold a scanned page.</remarks>
internal sealed class PageImageResources(IPdfTokenScanner scanner) : IPageFactory<PageImageResources.Largest>
{
    /// <summary>A page's largest image resource, in pixels (width × height).</summary>
    public sealed record Largest(long Pixels);

    private const int MaxFormDepth = 4;

    public Largest Create(int number, DictionaryToken dictionary, PageTreeMembers pageTreeMembers, NamedDestinations namedDestinations)
    {
        long largest = 0;
        var seen = new HashSet<IndirectReference>();
        if (dictionary.TryGet(NameToken.Resources, out var own) && Resolve(own) is DictionaryToken resources)
            largest = Math.Max(largest, LargestIn(resources, 0, seen));
        foreach (var inherited in pageTreeMembers.ParentResources)
            largest = Math.Max(largest, LargestIn(inherited, 0, seen));
        return new Largest(largest);
    }

    private long LargestIn(DictionaryToken resources, int depth, HashSet<IndirectReference> seen)
    {
        if (!resources.TryGet(NameToken.Xobject, out var token) || Resolve(token) is not DictionaryToken xobjects) return 0;
        long largest = 0;
        foreach (var entry in xobjects.Data.Values)
        {
            if (entry is IndirectReferenceToken reference && !seen.Add(reference.Data)) continue;
            if (Resolve(entry) is not StreamToken stream) continue;
            var dictionary = stream.StreamDictionary;
            if (!dictionary.TryGet(NameToken.Subtype, out var subtype)) continue;
            if (subtype.Equals(NameToken.Image))
            {
                largest = Math.Max(largest, Number(dictionary, NameToken.Width) * Number(dictionary, NameToken.Height));
            }
            else if (subtype.Equals(NameToken.Form) && depth < MaxFormDepth
                     && dictionary.TryGet(NameToken.Resources, out var formResources) && Resolve(formResources) is DictionaryToken inner)
            {
                largest = Math.Max(largest, LargestIn(inner, depth + 1, seen));
            }
        }
        return largest;
    }

    private IToken? Resolve(IToken token)
    {
        for (var hops = 0; token is IndirectReferenceToken reference && hops < 8; hops++)
        {
            token = scanner.Get(reference.Data)?.Data!;
            if (token is null) return null;
        }
        return token;
    }

    private long Number(DictionaryToken dictionary, NameToken key) =>
        dictionary.TryGet(key, out var token) && Resolve(token) is NumericToken number ? Math.Max(0, number.Long) : 0;
}
