using Archive.Storage;

namespace Archive.Api.Tests;

/// <summary>The settings that put a test's service on an S3 bucket, in one place (as configuration keys).</summary>
internal static class S3Settings
{
    /// <param name="endpoint">Another way to the same server (a <see cref="Hosting.TcpRelay"/>), else the bucket's own.</param>
    public static Dictionary<string, string?> For(MinioOptions s3, string? endpoint = null) => new()
    {
        ["Storage:Provider"] = "Minio",
        ["Storage:Minio:Endpoint"] = endpoint ?? s3.Endpoint,
        ["Storage:Minio:AccessKey"] = s3.AccessKey,
        ["Storage:Minio:SecretKey"] = s3.SecretKey,
        ["Storage:Minio:Bucket"] = s3.Bucket,
        ["Storage:Minio:UseSsl"] = s3.UseSsl.ToString(),
    };

    /// <summary>The same settings as environment variables, for a service started as a process.</summary>
    public static Dictionary<string, string> AsEnvironment(IDictionary<string, string?> settings) =>
        settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value ?? "");
}
