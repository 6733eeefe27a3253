using System.Reflection;
using System.Security.Cryptography;

namespace Archive.Api.Web;

/// <summary>
/// The pages' stylesheet and scripts (wwwroot/, embedded in the assembly), each served under a name that carries
/// a hash of its content (<c>/tai-nguyen/site.3f2a9c1b.css</c>), so that browsers keep them for a year and still
/// never use an old one after an update. The static export writes the same files under the same names.
/// </summary>
public sealed class SiteAssets
{
    public const string RoutePrefix = "/tai-nguyen";

    private readonly Dictionary<string, SiteAsset> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SiteAsset> byFileName = new(StringComparer.Ordinal);

    public SiteAssets()
    {
        var assembly = typeof(SiteAssets).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var content = copy.ToArray();
            var name = resource["wwwroot/".Length..];
            var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..10];
            var asset = new SiteAsset(name, $"{Path.GetFileNameWithoutExtension(name)}.{hash}{Path.GetExtension(name)}", ContentTypeOf(name), content);
            byName[name] = asset;
            byFileName[asset.FileName] = asset;
        }
    }

    public IReadOnlyCollection<SiteAsset> All => byName.Values;

    /// <summary>The address of <paramref name="name"/> ("site.css"): the fingerprinted one.</summary>
    public string Url(string name) =>
        byName.TryGetValue(name, out var asset) ? $"{RoutePrefix}/{asset.FileName}" : throw new ArgumentException($"No asset '{name}' in wwwroot.", nameof(name));

    public SiteAsset? Find(string fileName) => byFileName.GetValueOrDefault(fileName);

    public static IEndpointRouteBuilder MapSiteAssets(IEndpointRouteBuilder app)
    {
        app.MapGet(RoutePrefix + "/{file}", (string file, SiteAssets assets, HttpContext context) =>
        {
            if (assets.Find(file) is not { } asset) return Results.NotFound();
            // The name changes whenever the content does: the browser never needs to ask again.
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Bytes(asset.Content, asset.ContentType);
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };
}

/// <summary>One file of wwwroot: its name, its fingerprinted file name, type and bytes.</summary>
public sealed record SiteAsset(string Name, string FileName, string ContentType, byte[] Content);
