namespace Archive.Api.Web.Staff;

/// <summary>
/// A citation as the staff page lists it: the text as written, the archived document it points to, if any, and the
/// part of it the citation names ("dieu-15-khoan-1") when that document has it.
/// </summary>
public sealed record StaffCitation(string Text, string? TargetId, string? TargetTitle = null, string? Anchor = null)
{
    public string? Url => TargetId is null ? null : $"/quan-ly/van-ban/{TargetId}" + (Anchor is null ? "" : "#" + Anchor);
}
