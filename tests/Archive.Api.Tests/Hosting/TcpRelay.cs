using System.Net;
using System.Net.Sockets;

namespace Archive.Api.Tests.Hosting;

/// <summary>
/// A loopback TCP relay in front of the shared S3 test server, for one test's service only: stopping it is,
/// for that service, exactly a stopped S3 server (connections refused, open ones cut); other tests, talking
/// to the server directly, never notice. Started again on the same port, the server is "back" with its data.
/// </summary>
public sealed class TcpRelay : IDisposable
{
    private readonly string targetHost;
    private readonly int targetPort;
    private readonly List<TcpClient> open = [];
    private TcpListener? listener;

    public TcpRelay(string target)
    {
        var parts = target.Split(':');
        (targetHost, targetPort) = (parts[0], int.Parse(parts[1]));
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public int Port { get; }

    public string Endpoint => $"127.0.0.1:{Port}";

    public void Start()
    {
        var started = new TcpListener(IPAddress.Loopback, Port);
        started.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        started.Start();
        listener = started;
        _ = AcceptAsync(started);
    }

    /// <summary>Refuses new connections and cuts the open ones.</summary>
    public void Stop()
    {
        listener?.Stop();
        listener = null;
        lock (open)
        {
            foreach (var client in open) client.Dispose();
            open.Clear();
        }
    }

    public void Dispose() => Stop();

    private async Task AcceptAsync(TcpListener from)
    {
        while (true)
        {
            TcpClient client;
            try { client = await from.AcceptTcpClientAsync(); }
            catch (Exception e) when (e is SocketException or ObjectDisposedException) { return; }
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        var server = new TcpClient();
        lock (open) open.AddRange([client, server]);
        try
        {
            await server.ConnectAsync(targetHost, targetPort);
            var one = client.GetStream().CopyToAsync(server.GetStream());
            var other = server.GetStream().CopyToAsync(client.GetStream());
            await Task.WhenAny(one, other);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
        }
        finally
        {
            client.Dispose();
            server.Dispose();
        }
    }
}
