using Archive.Api.Publishing;

namespace Archive.Api.Web;

/// <summary>The two websites over the archive: the public one (published documents only) and the staff UI.</summary>
public static class ArchiveWeb
{
    public static IHostApplicationBuilder AddArchiveWeb(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PublishedDocuments>();
        builder.Services.AddSingleton<PublicPages>();
        builder.Services.AddSingleton<StaticSiteExport>();
        return builder;
    }

    public static IEndpointRouteBuilder MapArchiveWeb(this IEndpointRouteBuilder app)
    {
        app.MapSiteAssets();
        app.MapPublicSite();
        app.MapStaffSignIn();
        app.MapStaffSite();
        app.MapStaffUserPage();
        return app;
    }
}
