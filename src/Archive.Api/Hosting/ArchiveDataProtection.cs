using Archive.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace Archive.Api.Hosting;

/// <summary>Data-protection keys kept in <see cref="KeyRingOptions.KeysFolder"/> (owner-only) under one application name.</summary>
public static class ArchiveDataProtection
{
    public const string ApplicationName = "Archive";

    public static IHostApplicationBuilder AddArchiveDataProtection(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<KeyRingOptions>().BindConfiguration(KeyRingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddDataProtection().SetApplicationName(ApplicationName);
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IOptions<KeyRingOptions>, ILoggerFactory>((keys, ring, logs) =>
            keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(PrivateFiles.Folder(ring.Value.KeysFolder)), logs));
        return builder;
    }
}
