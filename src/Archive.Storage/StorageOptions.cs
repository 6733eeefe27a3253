using System.ComponentModel.DataAnnotations;

namespace Archive.Storage;

/// <summary>The "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>"Local" (the embedded default: a folder) or "Minio".</summary>
    [RegularExpression("(?i)^\\s*(local|minio|s3)?\\s*$", ErrorMessage = "Storage:Provider must be Local or Minio")]
    public string Provider { get; set; } = "Local";

    public LocalFolderOptions Local { get; set; } = new();

    public MinioOptions Minio { get; set; } = new();
}

public sealed class LocalFolderOptions
{
    /// <summary>Folder that holds the objects; relative paths are taken from the working directory.</summary>
    public string Root { get; set; } = "data";
}

public sealed class MinioOptions
{
    /// <summary>host:port of the S3 server, without scheme.</summary>
    public string Endpoint { get; set; } = "";
    public string AccessKey { get; set; } = "";
    public string SecretKey { get; set; } = "";
    public string Bucket { get; set; } = "archive";
    public bool UseSsl { get; set; }
    public string Region { get; set; } = "";

    /// <summary>
    /// Create the bucket with S3 Object Lock (which also turns on versioning), so that objects can be put under
    /// retention (<see cref="MinioObjectStore.RetainAsync"/>). Only takes effect when the bucket is created.
    /// </summary>
    public bool ObjectLock { get; set; }
}
