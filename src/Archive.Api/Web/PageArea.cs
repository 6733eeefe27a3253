namespace Archive.Api.Web;

/// <summary>Which site a page belongs to: the public website or the staff UI (different header and navigation).</summary>
public enum PageArea
{
    Public,
    Staff,
}
