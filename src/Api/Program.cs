using Asp.Versioning;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scc.Api.Auth;
using Scc.Api.Embed;
using Scc.Api.Endpoints.V1;
using Scc.Api.ErrorHandling;
using Scc.Api.Feeds;
using Scc.Api.Http;
using Scc.Api.Observability;
using Scc.Api.OpenApi;
using Scc.Api.Previews;
using Scc.Api.Security;
using Scc.Application;
using Scc.Infrastructure;
using Scc.Infrastructure.Outbox;
using Scc.Infrastructure.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Limits.MaxRequestBodySize = builder.Configuration.GetValue("Limits:MaxRequestBodyBytes", RequestBodyLimits.Content);
});
// On SIGTERM the server stops taking connections and gives requests in flight, and background work, this long.
builder.Services.Configure<HostOptions>(options =>
    options.ShutdownTimeout = TimeSpan.FromSeconds(builder.Configuration.GetValue("Shutdown:TimeoutSeconds", 30)));
// Logs carry the trace and span ids, so one request's lines can be found together and matched with its trace.
builder.Logging.Configure(options => options.ActivityTrackingOptions =
    ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
builder.Logging.WithoutRequestPaths();
// Lifetime mistakes fail fast in Development and in the tests; in Production the walk over every registration
// would cost every start (it was a measurable part of the time to ready).
builder.Host.UseDefaultServiceProvider((context, provider) =>
{
    var checks = context.HostingEnvironment.IsDevelopment() || context.HostingEnvironment.IsEnvironment("Testing");
    provider.ValidateScopes = checks;
    provider.ValidateOnBuild = checks;
});

builder.Services.AddApplication(builder.Configuration["Digests:ConsortiumSlug"]);
builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddOutbox(builder.Configuration, builder.Environment);

builder.Services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
// Swashbuckle describes schemas with MVC's options: keep them the same as the endpoints' own.
builder.Services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(options => ApiJson.Configure(options.JsonSerializerOptions));
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddApiProblemDetails();
builder.Services.AddApiRequestTimeouts(builder.Configuration);
builder.AddTelemetry();
builder.Services.AddStaffAuthentication();
// After authentication, which registers Data Protection with its load of the key ring at start: this takes that load out.
builder.Services.AddSharedDataProtection(builder.Configuration, builder.Environment);
builder.Services.AddApiRateLimiting(builder.Configuration);
builder.Services.AddReadinessChecks(builder.Configuration,
    builder.Configuration.GetConnectionString(Scc.Infrastructure.DependencyInjection.ReplicaConnectionStringName));
builder.Services.AddTrustedForwardedHeaders(builder.Configuration);
builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
    .WithOrigins(builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [])
    .AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("ETag", "Location")));
builder.Services.AddFeeds(builder.Configuration);
builder.Services.AddSingleton<EmbedScript>();
builder.Services.AddSingleton<PreviewTokens>();
builder.Services.AddApiVersioning(options =>
    {
        options.DefaultApiVersion = new ApiVersion(1);
        options.ApiVersionReader = new PathApiVersionReader();
        options.ReportApiVersions = true;
    })
    .AddApiExplorer(options =>
    {
        options.GroupNameFormat = "'v'VVV";
    });
builder.Services.AddApiDocumentation();
builder.Services.AddHostedService<Scc.Api.Retention.RegistrationRetentionService>();
builder.Services.AddHostedService<Scc.Api.Publishing.PublicationScheduleService>();
builder.Services.Configure<Scc.Application.Trash.TrashOptions>(builder.Configuration.GetSection(Scc.Application.Trash.TrashOptions.Section));
builder.Services.AddHostedService<Scc.Api.Trash.TrashPurgeService>();

var app = builder.Build();

if (DatabaseStartup.IsMigrateCommand(args))
{
    await DatabaseStartup.MigrateAsync(app.Services, CancellationToken.None);
    return;
}
if (DatabaseStartup.IsSeedDemoCommand(args))
{
    await DatabaseStartup.SeedDemoDataAsync(app.Services, app.Logger, CancellationToken.None);
    return;
}
await DatabaseStartup.PrepareAsync(app.Services, app.Configuration, app.Environment, app.Logger, CancellationToken.None);

app.UseForwardedHeaders();
// The address this request came to (after the forwarded headers), for the absolute links answers carry.
app.Use((context, next) =>
{
    context.RequestServices.GetRequiredService<Scc.Application.Common.PublicAddress>().Set(FeedHttp.BaseUrl(context.Request));
    return next(context);
});
// Browsers must take every answer as the type it says it is (problems, feeds, the widget script included).
app.Use((context, next) =>
{
    context.Response.Headers.XContentTypeOptions = "nosniff";
    return next(context);
});
// HTTPS-only for a year where TLS is terminated in front of the API (the header is sent on HTTPS requests only).
if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing")) app.UseHsts();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseUtf8RequestBodies();
app.UseCors();
app.UseFeedOutputCache();
app.UseAuthentication();
// After authentication, so that staff are limited per user and API keys per authenticated key; before authorization,
// so that a request refused for its credentials still counts (against the client's anonymous allowance).
if (app.Services.RateLimitingEnabled()) app.UseCallerRateLimits();
app.UseAuthorization();
app.UseFormRequestBodies();
app.UseAuditActor();
app.UseOutputCacheForOtherAnswers();
// After every output cache: answers from a cache are never limited, anonymous reads that reach the database are.
if (app.Services.RateLimitingEnabled()) app.UseAnonymousReadRateLimit();
app.UseRequestTimeouts();

app.Use((context, next) =>
{
    if (context.Request.Path.StartsWithSegments("/swagger")) context.Response.Headers.ContentSecurityPolicy = SwaggerSetup.ContentSecurityPolicy;
    return next(context);
});
app.UseSwagger(swagger => swagger.OpenApiVersion = Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_1);
app.UseSwaggerUI(ui =>
{
    ui.SwaggerEndpoint("/swagger/v1/swagger.json", "SCC Platform API v1");
    ui.RoutePrefix = "swagger";
});

app.MapScalarBrowser();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
app.MapProblemPages();
app.MapEventsEndpoints();
app.MapEventSeriesEndpoints();
app.MapOrganisationsEndpoints();
app.MapPartnershipsEndpoints();
app.MapPeopleEndpoints();
app.MapFundingProgrammesEndpoints();
app.MapProgrammesEndpoints();
app.MapDelegationsEndpoints();
app.MapMousEndpoints();
app.MapSearchEndpoints();
app.MapFeedsEndpoints();
app.MapEmbedEndpoints();
app.MapRegistrationsEndpoints();
app.MapDigestsEndpoints();
app.MapWebhooksEndpoints();
app.MapIntegrationEndpoints();
app.MapChangesEndpoints();
app.MapApiKeysEndpoints();
app.MapPreviewLinksEndpoints();
app.MapAuditEndpoints();
app.MapTranslationsEndpoints();
app.MapDirectoryExportEndpoints();
app.MapTrashEndpoints();
app.MapImagesEndpoints();

await app.RunAsync();

/// <summary>The API's entry point; public so that tests can host it.</summary>
public partial class Program;
