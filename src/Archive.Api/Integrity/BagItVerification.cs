namespace Archive.Api.Integrity;

/// <summary>What checking a BagIt bag found: whether it is whole, how many payload files it holds, and each problem (Vietnamese).</summary>
public sealed record BagItVerification(bool Valid, int PayloadFiles, IReadOnlyList<string> Problems);
