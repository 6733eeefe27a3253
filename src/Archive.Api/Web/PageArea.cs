namespace Archive.Api.Web;

/// <summary>Which site a page belongs to: the public website or the staff pages (different header, navigation and footer).</summary>
public enum PageArea
{
    Public,
    Staff,
}
