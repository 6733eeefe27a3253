namespace Archive.Api.Web.Staff;

/// <summary>What became of one file of a form sent with several (<see cref="StaffUploads"/>): stored as a new document, found
/// already in the archive, or refused with the reason (Vietnamese).</summary>
public sealed record StaffUploadOutcome(string FileName, string? Id, bool Created, string? Problem);
