using Microsoft.EntityFrameworkCore;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary>
/// A database from before the secrets were encrypted, with a subscription whose secret is in plain text, brought up
/// to date by the migrate step (here at start, as in Development; <c>dotnet Scc.Api.dll migrate</c> runs the same code).
/// </summary>
public sealed class WebhookSecretMigrationTests(PlainTextSecretsApiFactory api) : IClassFixture<PlainTextSecretsApiFactory>
{
    [Fact]
    public async Task Migrate_EncryptsSecretsStoredInPlainText_AndTheirDeliveriesStillVerify()
    {
        var stored = await api.RowsAsJsonAsync("webhook_subscriptions");
        Assert.Contains(PlainTextSecretsApiFactory.SubscriptionId.ToString(), stored, StringComparison.Ordinal);
        Assert.DoesNotContain(PlainTextSecretsApiFactory.PlainSecret, stored, StringComparison.Ordinal);

        await using var receiver = await WebhookReceiver.StartAsync();
        var url = receiver.Answer("/migrated", _ => 200);
        await api.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE webhook_subscriptions SET url = {url}"));
        await api.OpenEventAsync("Migrated Secret Seminar");
        await api.DispatchUntilIdleAsync();

        var request = Assert.Single(receiver.At("/migrated"));
        Assert.True(WebhookSignatures.Verify(PlainTextSecretsApiFactory.PlainSecret, request), "the delivery is signed with the secret as it was stored");
    }
}
