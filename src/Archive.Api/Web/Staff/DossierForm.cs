namespace Archive.Api.Web.Staff;

/// <summary>What was typed in the form that opens a dossier, shown again when something must be fixed.</summary>
public sealed record DossierForm(string? Code, string? Title, string? Year, string? Retention, string? Unit, string? Responsible)
{
    public static DossierForm Empty(int year) => new(null, null, year.ToString(System.Globalization.CultureInfo.InvariantCulture), "10", null, null);
}
