# syntax=docker/dockerfile:1

# ---- build ----
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# Set by BuildKit (amd64, arm64); the API is compiled ahead of time (ReadyToRun) for it, which shortens the start.
ARG TARGETARCH
WORKDIR /src

# Restore first, from the project files only, so the layer is reused until they change.
COPY Directory.Packages.props Directory.Build.props global.json Scc.Api.sln ./
COPY src/Domain/Scc.Domain.csproj src/Domain/
COPY src/Application/Scc.Application.csproj src/Application/
COPY src/Infrastructure/Scc.Infrastructure.csproj src/Infrastructure/
COPY src/Api/Scc.Api.csproj src/Api/
RUN dotnet restore src/Api/Scc.Api.csproj -a ${TARGETARCH:-amd64} -p:PublishReadyToRun=true

COPY .editorconfig ./
COPY src/ src/
RUN dotnet publish src/Api/Scc.Api.csproj -c Release -a ${TARGETARCH:-amd64} --self-contained false -p:PublishReadyToRun=true -o /app --no-restore

# ---- runtime ----
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./

ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_NOLOGO=1 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080

# Non-root user provided by the .NET base images.
USER $APP_UID

# Database migrations: run "dotnet Scc.Api.dll migrate" once before starting new versions.
ENTRYPOINT ["dotnet", "Scc.Api.dll"]
