using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace Scc.Api.Tests.Support;

/// <summary>
/// The API started on a database migrated only as far as the last release that kept webhook secrets in plain text,
/// holding one such subscription, with the migrations applied at start.
/// </summary>
public sealed class PlainTextSecretsApiFactory : WebhookApiFactory
{
    /// <summary>The last migration of the release that stored secrets in plain text.</summary>
    public const string PlainTextMigration = "20261126034600_AuditLog";

    public const string PlainSecret = "a-plain-secret-from-before-encryption-0123";

    public static readonly Guid SubscriptionId = Guid.CreateVersion7();

    protected override async Task<string> CreateDatabaseAsync()
    {
        var connectionString = await PostgresServer.CreateDatabaseAtMigrationAsync(PlainTextMigration);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand("""
            INSERT INTO webhook_subscriptions (id, url, event_types, secret, description, is_active, disabled_reason, created_at, updated_at)
            VALUES (@id, 'https://crm.example.org/hooks/legacy', ARRAY['event.published'], @secret, NULL, true, NULL, now(), now())
            """, connection);
        insert.Parameters.AddWithValue("id", SubscriptionId);
        insert.Parameters.AddWithValue("secret", PlainSecret);
        await insert.ExecuteNonQueryAsync();
        return connectionString;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:MigrateOnStartup", "true");
    }
}
