using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Security;

/// <summary>Staff tokens: lifetime with a small clock skew, the algorithms accepted, and the issuer.</summary>
public sealed class BearerTokenValidationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static string Admin(DateTime expires, string algorithm = SecurityAlgorithms.HmacSha256) =>
        TestTokens.Create(new Dictionary<string, object> { ["sub"] = "skew-admin", ["role"] = "admin" }, expires, algorithm);

    [Fact]
    public async Task A_token_expired_two_minutes_ago_is_refused()
    {
        var response = await api.WithToken(Admin(DateTime.UtcNow.AddMinutes(-2))).GetAsync("/api/v1/audit");
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task A_token_expired_a_few_seconds_ago_is_still_accepted_within_the_default_skew_of_30_seconds()
    {
        var response = await api.WithToken(Admin(DateTime.UtcNow.AddSeconds(-10))).GetAsync("/api/v1/audit");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.HmacSha384)]
    [InlineData(SecurityAlgorithms.HmacSha512)]
    public async Task A_token_signed_by_the_trusted_key_with_an_algorithm_not_configured_is_refused(string algorithm)
    {
        var response = await api.WithToken(Admin(DateTime.UtcNow.AddHours(1), algorithm)).GetAsync("/api/v1/audit");
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task A_token_signed_with_the_configured_algorithm_is_accepted()
    {
        Assert.Equal(HttpStatusCode.OK, (await api.WithToken(Admin(DateTime.UtcNow.AddHours(1))).GetAsync("/api/v1/audit")).StatusCode);
    }

    [Fact]
    public async Task A_clock_skew_over_30_seconds_stops_the_api_at_start()
    {
        var logs = new CountingLoggerProvider();
        await using var factory = new WithSettings(logs, ("Authentication:Schemes:Bearer:ClockSkew", "00:05:00"));
        // The host's own failure is read from its log: when the entry point fails and disposes the host before the
        // factory asks it for its lifetime, the factory throws ObjectDisposedException instead of the real cause.
        Assert.NotNull(Record.Exception(() => factory.CreateClient()));
        var startFailures = logs.Containing("Hosting failed to start");
        Assert.True(startFailures.Count == 1, "Expected the host to log its failure to start; it logged: " + string.Join("\n", logs.Containing("")));
        Assert.Contains(typeof(OptionsValidationException).FullName!, startFailures[0], StringComparison.Ordinal);
        Assert.Contains("ClockSkew", startFailures[0], StringComparison.Ordinal);
    }

    /// <summary>The API with a few settings and no database (start-up checks fail before one is needed).</summary>
    private sealed class WithSettings(ILoggerProvider logs, params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
            builder.UseSetting("ConnectionStrings:Scc", "Host=127.0.0.1;Port=1;Database=none");
            builder.UseSetting("Database:MigrateOnStartup", "false");
            builder.UseSetting("Database:SeedDemoData", "false");
            builder.UseSetting("Outbox:Enabled", "false");
            builder.UseSetting("Retention:Enabled", "false");
            builder.UseSetting("DataProtection:Certificate:Path", TestCertificates.DataProtectionPath);
            builder.UseSetting("DataProtection:Certificate:Password", TestCertificates.DataProtectionPassword);
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        }
    }
}

/// <summary>
/// The API trusting an OpenID Connect provider by its authority alone (no ValidIssuer configured), as a Production
/// set-up may; the provider is a real HTTP server on loopback serving its discovery document and signing keys.
/// The clock skew is set to 5 seconds.
/// </summary>
public sealed class AuthorityApiFactory : ApiFactory
{
    public OidcProvider Provider { get; private set; } = null!;

    // The provider must answer before the API is configured with its address; the database is made just after.
    protected override async Task<string> CreateDatabaseAsync()
    {
        Provider = await OidcProvider.StartAsync();
        return await base.CreateDatabaseAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // A null value hides the test issuer and its signing key set by the base factory: no ValidIssuer at all.
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Authentication:Schemes:Bearer:ValidIssuer"] = null,
            ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = null,
            ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = null,
            ["Authentication:Schemes:Bearer:Authority"] = Provider.Issuer,
            ["Authentication:Schemes:Bearer:RequireHttpsMetadata"] = "false",
            ["Authentication:Schemes:Bearer:ClockSkew"] = "00:00:05",
        }));
    }

    // The database goes once the API has stopped; the provider goes with it.
    protected override async Task DropDatabaseAsync(string connectionString)
    {
        await base.DropDatabaseAsync(connectionString);
        await Provider.DisposeAsync();
    }
}

public sealed class AuthorityTokenValidationTests(AuthorityApiFactory api) : IClassFixture<AuthorityApiFactory>
{
    [Fact]
    public async Task With_only_an_authority_a_token_of_the_authoritys_issuer_is_accepted()
    {
        var token = api.Provider.Token(api.Provider.Issuer, DateTime.UtcNow.AddHours(1));
        Assert.Equal(HttpStatusCode.OK, (await api.WithToken(token).GetAsync("/api/v1/audit")).StatusCode);
    }

    [Fact]
    public async Task With_only_an_authority_a_token_signed_by_its_key_but_naming_another_issuer_is_refused()
    {
        var token = api.Provider.Token("https://issuer.example.net/", DateTime.UtcNow.AddHours(1));
        await (await api.WithToken(token).GetAsync("/api/v1/audit")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task The_configured_clock_skew_applies()
    {
        var token = api.Provider.Token(api.Provider.Issuer, DateTime.UtcNow.AddSeconds(-20));
        await (await api.WithToken(token).GetAsync("/api/v1/audit")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }
}

/// <summary>A minimal OpenID Connect provider: a discovery document and one RSA signing key, over real HTTP.</summary>
public sealed class OidcProvider : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly RSA rsa = RSA.Create(2048);
    private const string KeyId = "test-key-1";
    private static readonly string[] SigningAlgorithms = [SecurityAlgorithms.RsaSha256];

    private OidcProvider(WebApplication app) => this.app = app;

    /// <summary>The provider's issuer, which is also its authority (the base address, with no trailing slash).</summary>
    public string Issuer { get; private set; } = "";

    public static async Task<OidcProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var provider = new OidcProvider(builder.Build());
        provider.app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = provider.Issuer,
            ["jwks_uri"] = provider.Issuer + "/jwks",
            ["id_token_signing_alg_values_supported"] = SigningAlgorithms,
        }));
        provider.app.MapGet("/jwks", () =>
        {
            var parameters = provider.rsa.ExportParameters(includePrivateParameters: false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new Dictionary<string, string>
                    {
                        ["kty"] = "RSA", ["use"] = "sig", ["alg"] = "RS256", ["kid"] = KeyId,
                        ["n"] = Base64UrlEncoder.Encode(parameters.Modulus), ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                    },
                },
            });
        });
        await provider.app.StartAsync();
        provider.Issuer = provider.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return provider;
    }

    /// <summary>An admin token signed by the provider's key (RS256), naming <paramref name="issuer"/>.</summary>
    public string Token(string issuer, DateTime expires) =>
        TestTokens.Create(new Dictionary<string, object> { ["sub"] = "oidc-admin", ["role"] = "admin" }, expires, issuer: issuer,
            credentials: new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256));

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        rsa.Dispose();
    }
}
