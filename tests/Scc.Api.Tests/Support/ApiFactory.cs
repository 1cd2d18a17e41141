using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Scc.Infrastructure.Persistence;

namespace Scc.Api.Tests.Support;

/// <summary>The real API over HTTP, on a database of its own (one per test class).</summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    // A real Kestrel socket rather than the in-memory server, so that server limits (body size) apply as in production.
    // The port is chosen through the host's own "urls" setting (below), not UseKestrel(port): that overload rewrites the
    // server's addresses after the entry point has built the host, and the entry point may already have started it.
    public ApiFactory() => UseKestrel();

    public string ConnectionString { get; private set; } = "";

    /// <summary>Load the newsletter's demo data at start, as Development does.</summary>
    protected virtual bool SeedDemoData => false;

    /// <summary>Another instance's database to share (a second API instance) instead of a database of its own.</summary>
    protected virtual string? SharedConnectionString => null;

    public async Task InitializeAsync()
    {
        ConnectionString = SharedConnectionString ?? await CreateDatabaseAsync();
        StartServer();
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (SharedConnectionString is null) await DropDatabaseAsync(ConnectionString);
    }

    /// <summary>A migrated database for this factory; returns its connection string.</summary>
    protected virtual Task<string> CreateDatabaseAsync() => PostgresServer.CreateDatabaseAsync();

    protected virtual Task DropDatabaseAsync(string connectionString) => PostgresServer.DropDatabaseAsync(connectionString);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseUrls("http://127.0.0.1:0");
        builder.UseSetting("ConnectionStrings:Scc", ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("Database:SeedDemoData", SeedDemoData ? "true" : "false");
        // Tests run the retention sweep themselves, at a time they choose.
        builder.UseSetting("Retention:Enabled", "false");
        // Tests run the publication schedule themselves, or turn its service on with a clock of their own.
        builder.UseSetting("PublicationSchedule:Enabled", "false");
        // Tests purge the trash themselves, with a clock of their own.
        builder.UseSetting("Trash:PurgeEnabled", "false");
        builder.UseSetting("Authentication:Schemes:Bearer:ValidIssuer", TestTokens.Issuer);
        builder.UseSetting("Authentication:Schemes:Bearer:ValidAudiences:0", TestTokens.Audience);
        builder.UseSetting("Authentication:Schemes:Bearer:SigningKeys:0:Issuer", TestTokens.Issuer);
        builder.UseSetting("Authentication:Schemes:Bearer:SigningKeys:0:Value", Convert.ToBase64String(TestTokens.SigningKey));
        // As in Production: the data protection keys (in the database) are encrypted with a certificate.
        builder.UseSetting("DataProtection:Certificate:Path", TestCertificates.DataProtectionPath);
        builder.UseSetting("DataProtection:Certificate:Password", TestCertificates.DataProtectionPassword);
        // Tests dispatch the outbox themselves (OutboxDispatcher.DispatchDueAsync), so that nothing runs behind their back.
        builder.UseSetting("Outbox:Enabled", "false");
        // Tests fire many requests from one address; the rate-limit tests turn the limiter back on with small limits.
        builder.UseSetting("RateLimiting:Enabled", "false");
    }

    public HttpClient Anonymous() => CreateClient();

    public HttpClient As(string role) => WithToken(TestTokens.For(role));

    public HttpClient WithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Direct database access, for checking what a request did or did not write.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}

/// <summary>The API with the newsletter's demo data loaded, as in Development.</summary>
public sealed class SeededApiFactory : ApiFactory
{
    protected override bool SeedDemoData => true;
}
