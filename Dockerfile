# The archive API. Build: docker build -t archive .   (not run in CI: no Docker engine there)
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Archive.Api -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /var/lib/archive
COPY --from=build /app /app
ENV ASPNETCORE_URLS=http://+:5080
EXPOSE 5080
ENTRYPOINT ["dotnet", "/app/Archive.Api.dll"]
