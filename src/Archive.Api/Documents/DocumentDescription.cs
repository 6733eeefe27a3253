using Archive.Indexer.Legal;
using Archive.Indexer.Metadata;

namespace Archive.Api.Documents;

/// <summary>
/// Fills a record's metadata from its own text (header, signature block, minutes) wherever a person
/// did not provide it; a provided value always wins and is never overwritten. A number read from a new version's text
/// (or read only after the document was published) moves its public address as a corrected number does
/// (<see cref="PublicAddresses.Follow"/>: the old address keeps answering, a redirect).
/// </summary>
public sealed class DocumentDescription(PublicAddressBook? addresses = null)
{
    private readonly DocumentHeaderReader headers = new();
    private readonly MeetingMinutesReader minutes = new();

    /// <summary>
    /// What the text says of itself (its header, signature block and minutes), read once: a pipeline run applies its
    /// changes to the record up to three times (to index it, to compare, to store it), and reading the header was each
    /// time the dearest part of that.
    /// </summary>
    public TextDescription Read(string text)
    {
        var header = headers.Read(text);
        return new TextDescription(header, minutes.Read(text, header));
    }

    /// <summary><paramref name="record"/> described by what its text says (<see cref="Read"/>), a person's values kept.</summary>
    /// <param name="numberDoubtful">Two OCR readings of page 1 gave different numbers (see <see cref="FileNameNumber.Reconcile"/>).</param>
    public DocumentRecord Describe(DocumentRecord record, TextDescription read, bool numberDoubtful = false)
    {
        var header = read.Header;
        var sources = new Dictionary<string, string>(record.FieldSources);
        string? Pick(string field, string? current, string? extracted)
        {
            if (sources.GetValueOrDefault(field) == FieldSourceKinds.Provided || extracted is null) return current;
            sources[field] = FieldSourceKinds.Extracted;
            return extracted;
        }

        // The file's name gives the number only where the text shows it unreadably or two OCR readings disagree on it.
        var (readNumber, fromFileName) = FileNameNumber.Reconcile(header, record.FileName, numberDoubtful);
        var number = Pick("number", record.Number, readNumber);
        if (fromFileName && sources.GetValueOrDefault("number") == FieldSourceKinds.Extracted) sources["number"] = FieldSourceKinds.FileName;
        var inferredKind = header.Kind ?? (DocumentSymbol.TryParse(number, out var symbol) ? DocumentKinds.InferKind(symbol) : null);
        var described = record with
        {
            Title = Pick("title", record.Title, header.Title)!,
            Kind = Pick("kind", record.Kind, inferredKind),
            Number = number,
            Issuer = Pick("issuer", record.Issuer, header.Issuer),
            Place = Pick("place", record.Place, header.Place),
        };
        if (sources.GetValueOrDefault("issuedOn") != FieldSourceKinds.Provided && header.IssuedOn is { } issued)
        {
            described = described with { IssuedOn = issued };
            sources["issuedOn"] = FieldSourceKinds.Extracted;
        }
        if (header.Signer is { } signer)
        {
            described = described with { Signer = signer };
            sources["signer"] = FieldSourceKinds.Extracted;
        }
        var meeting = read.Meeting;
        // Minutes are dated by their meeting when the header carries no date.
        if (described.IssuedOn is null && meeting?.StartsAt is { } startsAt && sources.GetValueOrDefault("issuedOn") != FieldSourceKinds.Provided)
        {
            described = described with { IssuedOn = DateOnly.FromDateTime(startsAt) };
            sources["issuedOn"] = FieldSourceKinds.Extracted;
        }
        described = described with { Meeting = meeting, FieldSources = sources };
        return addresses is null ? described : PublicAddresses.Follow(record, described, addresses);
    }

    /// <summary>The sources of the fields a person gave at upload.</summary>
    public static Dictionary<string, string> Provided(UploadMetadata metadata)
    {
        var sources = new Dictionary<string, string>();
        void Mark(string field, object? value)
        {
            if (value is not null && (value is not string s || !string.IsNullOrWhiteSpace(s))) sources[field] = FieldSourceKinds.Provided;
        }
        Mark("title", metadata.Title);
        Mark("kind", metadata.Kind);
        Mark("number", metadata.Number);
        Mark("issuedOn", metadata.IssuedOn);
        Mark("issuer", metadata.Issuer);
        return sources;
    }
}
