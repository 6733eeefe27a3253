using Archive.Api.Monitoring;
using System.Diagnostics.Metrics;
using Archive.Api.Citations;
using Archive.Api.Documents;
using Archive.Indexer.Legal;
using Archive.Indexer.Analysis;
using Archive.Api.Ocr;
using Archive.Indexer.Extraction;
using Archive.Indexer.Extraction.Ocr;
using Archive.Indexer.Extraction.Pdf;
using Archive.Indexer.Extraction.Office;
using Archive.Indexer.Index;
using Archive.Indexer.Search;
using Archive.Storage;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Archive.Api.Hosting;

/// <summary>Registration of the archive's pieces; Program.cs only calls these.</summary>
public static class ArchiveServices
{
    /// <summary>The object store: a local folder unless Storage:Provider says "Minio".</summary>
    public static IHostApplicationBuilder AddArchiveStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IObjectStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            // Audit entries under retention need a bucket made with object lock (Audit:RetentionDays).
            options.Minio.ObjectLock |= sp.GetRequiredService<IConfiguration>().GetValue<int>($"{Audit.AuditOptions.Section}:{nameof(Audit.AuditOptions.RetentionDays)}") > 0;
            IObjectStore store = options.Provider.Trim().ToLowerInvariant() switch
            {
                "local" or "" => new LocalFolderObjectStore(Path.GetFullPath(options.Local.Root)),
                "minio" or "s3" => new MinioObjectStore(options.Minio),
                _ => throw new InvalidOperationException(
                    $"Storage:Provider '{options.Provider}' is unknown: use 'Local' (default) or 'Minio'."),
            };
            return new MeasuredObjectStore(store, sp.GetRequiredService<IMeterFactory>());
        });
        return builder;
    }

    /// <summary>Extraction, the Lucene index and search, and the document pipeline over them.</summary>
    public static IHostApplicationBuilder AddArchiveDocuments(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<IndexOptions>().BindConfiguration(IndexOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WorkFolderOptions>().BindConfiguration(WorkFolderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new WorkFolder(sp.GetRequiredService<IOptions<WorkFolderOptions>>().Value.Folder));

        services.AddSingleton(sp =>
        {
            var logger = sp.GetRequiredService<ILogger<DocumentIndex>>();
            return new DocumentIndex(sp.GetRequiredService<IOptions<IndexOptions>>().Value, VietnameseAnalyzers.PerField(), DocumentSchema.Stamp)
            {
                // The store keeps every document: a failed commit or merge is logged and tried again, the service stays up.
                BackgroundFailure = e => logger.LogError(e, "Background index work failed; it is retried"),
                Reopened = took => sp.GetRequiredService<Monitoring.ArchiveMetrics>().IndexReopened(took),
            };
        });
        services.AddSingleton<DocumentSearch>();
        services.AddSingleton<DocumentIndexing>();
        services.AddOptions<OcrSettings>().BindConfiguration(OcrSettings.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PdfReadingOptions>().BindConfiguration(PdfReadingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OfficeDocumentConverter>();
        // Parsers chosen by MIME type; old Word/RTF/ODT go through LibreOffice, then the DOCX reader.
        services.AddSingleton(sp => new TextExtraction(
        [
            new PdfTextExtractor(sp.GetRequiredService<IOptions<PdfReadingOptions>>().Value, sp.GetRequiredService<ILogger<PopplerText>>()), new DocxTextExtractor(), new XlsxTextExtractor(), new PlainTextExtractor(),
            new OfficeTextExtractor(sp.GetRequiredService<OfficeDocumentConverter>()),
        ]));
        services.AddSingleton(sp =>
        {
            var ocr = sp.GetRequiredService<IOptions<OcrSettings>>().Value;
            return new ScannedDocumentOcr(new OcrOptions
            {
                PageTimeout = TimeSpan.FromSeconds(ocr.PageTimeoutSeconds),
                LowConfidenceThreshold = ocr.LowConfidenceThreshold,
            }, sp.GetRequiredService<IOptions<PdfReadingOptions>>().Value, sp.GetRequiredService<ILogger<PopplerText>>());
        });
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<Ingest.IngestOptions>().BindConfiguration(Ingest.IngestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Ingest.IngestQueue>();
        services.AddSingleton<Ingest.JobLeases>();
        services.AddSingleton<ScanRecognition>();
        services.AddSingleton<Ingest.IngestWorkers>();
        services.AddSingleton<DocumentDescription>();
        services.AddSingleton<DocumentCatalog>();
        services.AddSingleton<PublicAddressBook>();
        services.AddSingleton<DocumentProcessor>();
        services.AddSingleton<Ingest.LatestIndexing>();
        services.AddSingleton<Ingest.ProcessingAttempts>();
        services.AddSingleton<Ingest.IngestPipeline>();
        // The pipeline's steps, each a small class of its own (Ingest/Steps), in the order IngestPipeline lists them.
        foreach (var step in typeof(Ingest.IIngestStep).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Ingest.IIngestStep).IsAssignableFrom(t)))
            services.AddSingleton(step);
        services.AddSingleton<MetadataCorrector>();
        services.AddSingleton<CitationExtractor>();
        services.AddSingleton<CitationGraph>();
        services.AddSingleton<ValidityTracker>();
        services.AddSingleton<DocumentRelationsReader>();
        services.AddSingleton<DocumentIngestion>();
        services.AddSingleton<StoredRecords>();
        services.AddSingleton<ArchiveStartup>();
        services.AddSingleton<CatalogSnapshot>();
        services.AddOptions<CatalogSnapshotOptions>().BindConfiguration(CatalogSnapshotOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // First registered, last stopped: the snapshot at stop is taken once the workers and the follower have ended.
        services.AddHostedService<CatalogSnapshotWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<ArchiveStartup>());
        // After the start-up, which takes back the jobs kept in the store.
        services.AddHostedService(sp => sp.GetRequiredService<Ingest.IngestWorkers>());
        // After the start-up load: several instances over one store see each other's writes through the change feed.
        services.AddOptions<ChangeFeedOptions>().BindConfiguration(ChangeFeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Announcing before an answer serves only other instances: where jobs take leases (a store that can be shared).
        services.AddSingleton(sp => new ChangeFeed(sp.GetRequiredService<Archive.Storage.IObjectStore>(), sp.GetRequiredService<DocumentCatalog>(),
            sp.GetRequiredService<ILogger<ChangeFeed>>()) { Shared = sp.GetRequiredService<Ingest.JobLeases>().Enabled });
        services.AddSingleton<ChangeFollower>();
        services.AddHostedService(sp => sp.GetRequiredService<ChangeFollower>());
        services.AddSingleton<SearchWarmUpStart>();
        services.AddHostedService(sp => sp.GetRequiredService<SearchWarmUpStart>());

        // A form's multipart body may be as long as an upload route takes (plus room for its envelope); every other route
        // takes a small body (RequestBodyLimits).
        services.AddOptions<FormOptions>().Configure<IOptions<UploadOptions>>((form, upload) =>
            form.MultipartBodyLengthLimit = upload.Value.MaxRequestBytes);
        services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = RequestBodyLimits.FormBytes;
            // The longest question search takes (SearchApi.MaxQueryLength), each letter percent-encoded as up to nine
            // bytes, must reach the service to be answered in Vietnamese: Kestrel's 8 KB would cut it off with an empty 414.
            kestrel.Limits.MaxRequestLineSize = RequestBodyLimits.RequestLineBytes;
        });
        return builder;
    }

    /// <summary>Enums as camelCase strings ("basis", "amends") in every JSON answer.</summary>
    public static IHostApplicationBuilder AddArchiveJson(this IHostApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        return builder;
    }

    /// <summary>Errors as RFC 7807 problem details, also for unhandled exceptions and bare status codes.</summary>
    public static IHostApplicationBuilder AddArchiveProblems(this IHostApplicationBuilder builder)
    {
        builder.Services.AddExceptionHandler<StoreOutageAnswers>();
        builder.Services.AddExceptionHandler<RequestBodyFailures>();
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            ProblemAnswers.Explain(context.ProblemDetails, context.HttpContext));
        // A parameter that does not bind is a 400 in every environment (Development would throw it as a 500).
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
        return builder;
    }
}
