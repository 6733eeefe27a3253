# syntax=docker/dockerfile:1
# The archive service: `docker build -t archive .` (or podman build). Everything the service does works in
# the image: OCR (tesseract + Vietnamese data), PDF pictures (poppler), .doc/.rtf/.odt (LibreOffice Writer,
# no GUI). Runs as the image's unprivileged user; all data lives in the one volume /var/lib/archive/data.
# Not built in CI (no container engine there); tests/Archive.Api.Tests/Hosting/ContainerFilesTests.cs reads it.

# --- build: restore first (cached while only sources change), then publish -------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Archive.Storage/Archive.Storage.csproj src/Archive.Storage/
COPY src/Archive.Indexer/Archive.Indexer.csproj src/Archive.Indexer/
COPY src/Archive.Api/Archive.Api.csproj src/Archive.Api/
RUN dotnet restore src/Archive.Api/Archive.Api.csproj
COPY src/ src/
RUN dotnet publish src/Archive.Api/Archive.Api.csproj -c Release --no-restore -o /app

# --- runtime ----------------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble AS runtime
# tesseract-ocr-vie: Vietnamese OCR; poppler-utils: pdftoppm; libreoffice-writer-nogui: headless conversions;
# fonts-dejavu-core: letters with Vietnamese diacritics in renditions; curl: the health check below.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        tesseract-ocr tesseract-ocr-vie poppler-utils libreoffice-writer-nogui fonts-dejavu-core curl \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /var/lib/archive
COPY --from=build /app /app
# One volume for everything the service writes: the local store (when not on S3), the index, the work
# folder and the data-protection keys that keep staff signed in across container restarts.
RUN mkdir -p /var/lib/archive/data /var/lib/archive-audit \
    && chown -R "$APP_UID" /var/lib/archive /var/lib/archive-audit
VOLUME ["/var/lib/archive/data"]

# DOTNET_GCgen0size: collect the youngest generation after 96 MB of allocation instead of the runtime's few MB: a
# question allocates ~1.3 MB, all of it dead once it is answered (bench http-search, 668 documents, three alternated
# pairs on a quiet machine: p50 7.3/6.2/5.8 against 8.0/7.1/5.9 ms, p99 15.1/13.8/12.9 against 20.8/15.6/16.0 ms
# with diacritics, resident memory 292 against 210 MB). The runtime reads it from the environment only.
ENV DOTNET_GCgen0size=0x6000000 \
    ASPNETCORE_URLS=http://+:5080 \
    Storage__Local__Root=/var/lib/archive/data/store \
    Index__Path=/var/lib/archive/data/index \
    Work__Folder=/var/lib/archive/data/work \
    DataProtection__KeysFolder=/var/lib/archive/data/keys \
    Audit__AnchorFolder=/var/lib/archive-audit \
    Logging__Console__FormatterName=json
EXPOSE 5080

# The image's own unprivileged user (UID 1654, "app"), never root.
USER $APP_UID

HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD curl -fsS --max-time 8 http://127.0.0.1:5080/healthz/ready >/dev/null || exit 1

ENTRYPOINT ["dotnet", "/app/Archive.Api.dll"]
