namespace Archive.Api.Web.Staff;

/// <summary>A citation as the staff page lists it: the text as written and the archived document it points to, if any.</summary>
public sealed record StaffCitation(string Text, string? TargetId, string? TargetTitle = null);
