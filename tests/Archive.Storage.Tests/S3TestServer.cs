using Archive.Storage;
using Minio;
using Minio.DataModel.Args;

namespace Archive.Storage.Tests;

/// <summary>
/// Where the tests find a real S3 server: the ARCHIVE_TEST_S3_* variables that
/// <c>scripts/s3-test-server.sh start</c> writes to <c>.test-s3/env</c>. Self-contained so other
/// test projects can include this file as a link.
/// </summary>
public static class S3TestServer
{
    /// <summary>Options for <paramref name="bucket"/> on the test server; throws (so the test fails,
    /// never silently skips) when no server is configured.</summary>
    public static MinioOptions Options(string bucket)
    {
        var endpoint = Environment.GetEnvironmentVariable("ARCHIVE_TEST_S3_ENDPOINT");
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            throw new InvalidOperationException(
                "ARCHIVE_TEST_S3_ENDPOINT is not set, so the S3 tests have no server. Run the tests with " +
                "scripts/test.sh (see README), which starts one, or run scripts/s3-test-server.sh start and " +
                "source .test-s3/env, or point ARCHIVE_TEST_S3_ENDPOINT (host:port), ARCHIVE_TEST_S3_ACCESS_KEY, " +
                "ARCHIVE_TEST_S3_SECRET_KEY (and ARCHIVE_TEST_S3_USE_SSL=true for https) at an S3 server.");
        }

        return new MinioOptions
        {
            Endpoint = endpoint,
            AccessKey = Environment.GetEnvironmentVariable("ARCHIVE_TEST_S3_ACCESS_KEY") ?? "",
            SecretKey = Environment.GetEnvironmentVariable("ARCHIVE_TEST_S3_SECRET_KEY") ?? "",
            UseSsl = bool.TryParse(Environment.GetEnvironmentVariable("ARCHIVE_TEST_S3_USE_SSL"), out var useSsl) && useSsl,
            Bucket = bucket,
        };
    }

    /// <summary>A bucket name no other test run uses (S3 names: lowercase letters, digits, '-').</summary>
    public static string UniqueBucketName(string purpose) =>
        $"{purpose}-{Guid.NewGuid():N}"[..Math.Min(purpose.Length + 33, 63)];

    /// <summary>A client of the bucket's owner beside the archive's store: to look at what the server really keeps.</summary>
    public static IMinioClient OwnerClient(MinioOptions options) =>
        new MinioClient().WithEndpoint(options.Endpoint).WithCredentials(options.AccessKey, options.SecretKey).WithSSL(options.UseSsl).Build();

    /// <summary>Every version the bucket keeps under <paramref name="prefix"/>, as (key, version id); the SDK lists no delete markers.</summary>
    public static async Task<List<(string Key, string VersionId)>> VersionsAsync(IMinioClient client, string bucket, string prefix = "")
    {
        var args = new ListObjectsArgs().WithBucket(bucket).WithRecursive(true).WithVersions(true);
        if (prefix.Length > 0) args = args.WithPrefix(prefix);
        var versions = new List<(string, string)>();
        await foreach (var item in client.ListObjectsEnumAsync(args)) versions.Add((item.Key, item.VersionId ?? ""));
        return versions;
    }
}
