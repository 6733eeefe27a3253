using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Api.Records;

/// <summary>
/// How long a record is kept (thời hạn bảo quản): "vĩnh viễn" or a number of years, as Thông tư
/// 10/2022/TT-BNV writes it. In JSON it is the string <c>"vĩnh viễn"</c> or a number (<c>10</c>).
/// </summary>
/// <remarks>
/// The period counts from 1 January of the year after the year the work ended (the dossier's year), so a
/// 2025 dossier kept 10 years may be destroyed from 1 January 2036. "Vĩnh viễn" never expires.
/// </remarks>
[JsonConverter(typeof(Converter))]
public readonly record struct RetentionPeriod
{
    public const string PermanentText = "vĩnh viễn";

    /// <summary>The longest fixed period the circular uses is 70 years; 100 leaves room without allowing nonsense.</summary>
    public const int MaxYears = 100;

    /// <summary>Years to keep; null for "vĩnh viễn".</summary>
    public int? Years { get; }

    private RetentionPeriod(int? years) => Years = years;

    public static readonly RetentionPeriod Permanent = new(null);

    public static RetentionPeriod OfYears(int years) =>
        years is >= 1 and <= MaxYears ? new(years) : throw new ArgumentOutOfRangeException(nameof(years), years, "1 to 100 years");

    public bool IsPermanent => Years is null;

    /// <summary>The first day the record may be destroyed, for work that ended in <paramref name="year"/>; null when kept forever.</summary>
    public DateOnly? DisposalDate(int year) => Years is { } years ? new DateOnly(year + 1 + years, 1, 1) : null;

    public override string ToString() => Years is { } years ? $"{years} năm" : PermanentText;

    /// <summary>Reads "vĩnh viễn" (any case, with or without accents), a number of years, or "10 năm".</summary>
    public static bool TryParse(string? text, out RetentionPeriod period)
    {
        period = Permanent;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var value = text.Trim().Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant();
        if (value is PermanentText or "vinh vien") return true;
        if (value.EndsWith(" năm", StringComparison.Ordinal)) value = value[..^4].TrimEnd();
        if (!int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var years)
            || years is < 1 or > MaxYears) return false;
        period = new(years);
        return true;
    }

    /// <summary>A JSON value as sent in a request: a whole number of years or the words.</summary>
    public static bool TryRead(JsonElement element, out RetentionPeriod period)
    {
        period = Permanent;
        return element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetInt32(out var years) && TryParse(years.ToString(System.Globalization.CultureInfo.InvariantCulture), out period),
            JsonValueKind.String => TryParse(element.GetString(), out period),
            _ => false,
        };
    }

    /// <summary>What a person is told when the value cannot be read.</summary>
    public const string Expected = $"Thời hạn bảo quản (retention) là \"{PermanentText}\" hoặc một số năm từ 1 đến 100, ví dụ 10.";

    private sealed class Converter : JsonConverter<RetentionPeriod>
    {
        public override RetentionPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return TryRead(document.RootElement, out var period) ? period : throw new JsonException(Expected);
        }

        public override void Write(Utf8JsonWriter writer, RetentionPeriod value, JsonSerializerOptions options)
        {
            if (value.Years is { } years) writer.WriteNumberValue(years);
            else writer.WriteStringValue(PermanentText);
        }
    }
}
