using System.Text.Encodings.Web;
using System.Text.Unicode;
using Archive.Api.Originals;
using Archive.Api.Publishing;
using Archive.Api.Web.Export;
using Archive.Api.Web.Public;
using Archive.Api.Web.Staff;

namespace Archive.Api.Web;

/// <summary>The two websites over the archive: the public one (published documents only) and the staff pages.</summary>
public static class ArchiveWeb
{
    public static IHostApplicationBuilder AddArchiveWeb(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SiteAssets>();
        builder.Services.AddSingleton<PageRenderer>();
        // Components encode every value they write; with all of Unicode allowed, Vietnamese stays readable in the markup.
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        builder.Services.AddSingleton<PublishedDocuments>();
        builder.Services.AddSingleton<PublicContent>();
        builder.Services.AddSingleton<Shared.DocumentReadings>();
        builder.Services.AddSingleton<OriginalViews>();
        builder.Services.AddSingleton<StaticSiteExport>();
        return builder;
    }

    public static IEndpointRouteBuilder MapArchiveWeb(this IEndpointRouteBuilder app)
    {
        SiteAssets.MapSiteAssets(app);
        app.MapPublicSite();
        app.MapStaffSignIn();
        app.MapStaffSite();
        app.MapStaffUploads();
        app.MapStaffAudit();
        app.MapStaffUsers();
        app.MapStaffDossiers();
        app.MapStaffDisposal();
        return app;
    }
}
