using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Scc.Infrastructure.Persistence.Seed;
using Scc.Infrastructure.Webhooks;

namespace Scc.Infrastructure.Persistence;

/// <summary>
/// Migrations and demo data. Development migrates and seeds at start; Production migrates only through
/// the explicit <c>migrate</c> command, and seeds only through the <c>seed-demo</c> command or when
/// <c>Database:SeedDemoData</c> is true.
/// </summary>
public static partial class DatabaseStartup
{
    public static bool IsMigrateCommand(string[] args) => args.Length > 0 && args[0] == "migrate";

    /// <summary><c>dotnet Scc.Api.dll seed-demo</c>: loads the demo data into an empty (migrated) database, then exits.</summary>
    public static bool IsSeedDemoCommand(string[] args) => args.Length > 0 && args[0] == "seed-demo";

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var secrets = scope.ServiceProvider.GetRequiredService<WebhookSecretMigration>();
        // On an empty database EF Core first reads a history table that is not there yet and logs that as a
        // failed command; creating the table first keeps a first start's log free of false errors.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        // Webhook secrets an earlier release stored in plain text are encrypted between the migration that adds the
        // encrypted column and the one that drops the plain one: encrypting needs the key ring, which SQL has not.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Contains(WebhookSecretMigration.PlainTextColumnDropped))
        {
            await db.GetService<IMigrator>().MigrateAsync(WebhookSecretMigration.EncryptedColumnAdded, cancellationToken);
            await secrets.EncryptPlainTextAsync(db, cancellationToken);
        }
        await db.Database.MigrateAsync(cancellationToken);
        // After a key rotation (or revocation), every stored secret moves to the current key.
        await secrets.EncryptUnderCurrentKeyAsync(db, cancellationToken);
        // After a restore into another cluster, new changes must be stamped after the restored ones.
        await db.Database.ExecuteSqlRawAsync(RegistrationChangeTrigger.Rebase, cancellationToken);
    }

    /// <summary>What a start does to the database: migrate and seed as <c>Database:MigrateOnStartup</c> and <c>Database:SeedDemoData</c> say.</summary>
    public static async Task PrepareAsync(IServiceProvider services, IConfiguration configuration, IHostEnvironment environment, ILogger logger,
        CancellationToken cancellationToken)
    {
        var development = environment.IsDevelopment();
        var migrate = configuration.GetValue("Database:MigrateOnStartup", development);
        var seed = configuration.GetValue("Database:SeedDemoData", development);
        if (migrate) await MigrateAsync(services, cancellationToken);
        if (seed) await SeedDemoDataAsync(services, logger, cancellationToken);
    }

    /// <summary>Loads the newsletter's demo data, unless the database already has events.</summary>
    public static async Task SeedDemoDataAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<NewsletterSeeder>().SeedAsync(cancellationToken);
        if (created == 0) LogAlreadySeeded(logger);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data not loaded: the database already has events")]
    private static partial void LogAlreadySeeded(ILogger logger);
}
