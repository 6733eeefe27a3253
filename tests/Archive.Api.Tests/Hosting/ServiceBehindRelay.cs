using Archive.Storage.Tests;

namespace Archive.Api.Tests.Hosting;

/// <summary>
/// A test's service on a bucket of its own on the test S3 server, reached through a <see cref="TcpRelay"/> the test can
/// stop and start: the S3 server goes away for this service only.
/// </summary>
public abstract class ServiceBehindRelay : IDisposable
{
    protected ServiceBehindRelay(string bucketPurpose)
    {
        var s3 = S3TestServer.Options(S3TestServer.UniqueBucketName(bucketPurpose));
        relay = new TcpRelay(s3.Endpoint);
        relay.Start();
        factory = new ArchiveApiFactory(S3Settings.For(s3, relay.Endpoint));
    }

    protected readonly TcpRelay relay;
    protected readonly ArchiveApiFactory factory;

    public void Dispose()
    {
        factory.Dispose();
        relay.Dispose();
        GC.SuppressFinalize(this);
    }
}
