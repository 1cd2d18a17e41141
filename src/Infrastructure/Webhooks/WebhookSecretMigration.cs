using System.Buffers.Text;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using Npgsql;
using Scc.Infrastructure.Persistence;
using Scc.Infrastructure.Persistence.Migrations;

namespace Scc.Infrastructure.Webhooks;

/// <summary>
/// The migrate step's work on webhook secrets, which SQL alone cannot do because it needs the key ring: it encrypts
/// the secrets an earlier release kept in plain text, and encrypts again, under the key ring's current key, the ones
/// whose key is no longer current (rotated out, or revoked), so that no stored secret depends on an old key.
/// </summary>
public sealed partial class WebhookSecretMigration(IDataProtectionProvider provider, ILogger<WebhookSecretMigration> logger)
{
    /// <summary>The migration that adds the encrypted column next to the plain-text one.</summary>
    public static readonly string EncryptedColumnAdded = MigrationId(typeof(EncryptWebhookSecrets));

    /// <summary>The migration that drops the plain-text column; it refuses to run while a secret is not encrypted yet.</summary>
    public static readonly string PlainTextColumnDropped = MigrationId(typeof(DropPlainTextWebhookSecrets));

    private readonly IPersistedDataProtector protector = (IPersistedDataProtector)provider.CreateProtector(WebhookSecretProtector.Purpose);

    /// <summary>
    /// Encrypts, in one transaction, every secret still in the plain-text column (the database must be at
    /// <see cref="EncryptedColumnAdded"/>), clearing that column; returns how many.
    /// </summary>
    public async Task<int> EncryptPlainTextAsync(AppDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var transaction = await connection.BeginTransactionAsync(ct);
            var plain = new List<(Guid Id, string Secret)>();
            await using (var select = new NpgsqlCommand(
                "SELECT id, secret FROM webhook_subscriptions WHERE protected_secret IS NULL FOR UPDATE", connection, transaction))
            await using (var reader = await select.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct)) plain.Add((reader.GetGuid(0), reader.GetString(1)));
            }
            foreach (var (id, secret) in plain)
            {
                await using var update = new NpgsqlCommand(
                    "UPDATE webhook_subscriptions SET protected_secret = @protected, secret = NULL WHERE id = @id", connection, transaction);
                update.Parameters.AddWithValue("protected", Protect(Encoding.UTF8.GetBytes(secret)));
                update.Parameters.AddWithValue("id", id);
                await update.ExecuteNonQueryAsync(ct);
            }
            await transaction.CommitAsync(ct);
            if (plain.Count > 0) LogEncrypted(logger, plain.Count);
            return plain.Count;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Encrypts again, under the current key, every secret whose key is not the current one or was revoked; returns how many.</summary>
    public async Task<int> EncryptUnderCurrentKeyAsync(AppDbContext db, CancellationToken ct)
    {
        var stored = await db.WebhookSubscriptions.AsNoTracking().Select(s => new { s.Id, s.ProtectedSecret }).ToListAsync(ct);
        var count = 0;
        foreach (var row in stored)
        {
            byte[] secret;
            bool requiresMigration, wasRevoked;
            try
            {
                // A revoked key still decrypts here, once, so that its secrets move to a key that is not revoked.
                secret = protector.DangerousUnprotect(Base64Url.DecodeFromChars(row.ProtectedSecret), ignoreRevocationErrors: true,
                    out requiresMigration, out wasRevoked);
            }
            catch (Exception exception) when (exception is CryptographicException or FormatException)
            {
                LogUnreadable(logger, row.Id, exception.Message);
                continue;
            }
            if (!requiresMigration && !wasRevoked) continue;
            var again = Protect(secret);
            count += await db.WebhookSubscriptions.Where(s => s.Id == row.Id && s.ProtectedSecret == row.ProtectedSecret)
                .ExecuteUpdateAsync(s => s.SetProperty(subscription => subscription.ProtectedSecret, again), ct);
        }
        if (count > 0) LogEncryptedAgain(logger, count);
        return count;
    }

    /// <summary>The same text form as <c>IDataProtector.Protect(string)</c>: base64url without padding.</summary>
    private string Protect(byte[] secret) => Base64Url.EncodeToString(protector.Protect(secret));

    private static string MigrationId(Type migration) => migration.GetCustomAttribute<MigrationAttribute>()!.Id;

    [LoggerMessage(Level = LogLevel.Information, Message = "Encrypted {Count} webhook signing secrets that were stored in plain text")]
    private static partial void LogEncrypted(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Encrypted {Count} webhook signing secrets again under the current data protection key")]
    private static partial void LogEncryptedAgain(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The signing secret of webhook subscription {SubscriptionId} cannot be decrypted ({Reason}); its deliveries fail until the key ring (or its certificate) is complete again, or an admin subscribes the receiver anew")]
    private static partial void LogUnreadable(ILogger logger, Guid subscriptionId, string reason);
}
