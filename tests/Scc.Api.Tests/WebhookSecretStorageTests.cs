using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary>
/// Webhook signing secrets at rest: encrypted with ASP.NET Core Data Protection, whose key ring is kept in PostgreSQL
/// (shared by every instance) and is itself encrypted with a certificate.
/// </summary>
public sealed class WebhookSecretStorageTests(LogCapturingWebhookApiFactory api) : IClassFixture<LogCapturingWebhookApiFactory>
{
    [Fact]
    public async Task PostWebhook_StoresTheSecretOnlyEncrypted_AndDeliveriesAreStillSignedWithIt()
    {
        await api.TurnOffEarlierSubscriptionsAsync();
        await api.DispatchUntilIdleAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        const string supplied = "whsec_YS1zZWNyZXQtdGhlLWNybS1hbHJlYWR5LWhhcy0wMTIz";
        await api.SubscribeAsync(receiver.Answer("/stored", _ => 200), ["event.published"], supplied);
        var receipt = await (await api.As("admin").PostJsonAsync("/api/v1/webhooks", new JsonObject
        {
            ["url"] = "https://crm.example.org/hooks/stored", ["eventTypes"] = new JsonArray("event.published"), ["active"] = false,
        })).AssertJsonAsync(HttpStatusCode.Created);
        var generated = receipt["secret"]!.GetValue<string>();
        // A rotation keeps the generated secret as the previous one, beside the new one.
        var rotated = (await (await api.As("admin").PostAsync($"/api/v1/webhooks/{receipt["webhook"]!["id"]}/secret-rotations", null))
            .AssertJsonAsync(HttpStatusCode.OK))["secret"]!.GetValue<string>();

        var stored = await api.RowsAsJsonAsync("webhook_subscriptions");
        Assert.DoesNotContain(supplied, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(generated, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(rotated, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(generated["whsec_".Length..], stored, StringComparison.Ordinal);

        await api.OpenEventAsync("Secret Storage Seminar");
        await api.DispatchUntilIdleAsync();
        var request = Assert.Single(receiver.At("/stored"));
        Assert.True(WebhookSignatures.Verify(supplied, request), "the delivery is signed with the secret as supplied");
    }

    [Fact]
    public async Task KeyRing_IsKeptInPostgresEncryptedWithTheCertificate_AndNothingWarnsOfPlainKeys()
    {
        // The key ring is loaded (and its first key made) at start; a secret to protect makes sure of it.
        await (await api.As("admin").PostJsonAsync("/api/v1/webhooks", new JsonObject
        {
            ["url"] = "https://crm.example.org/hooks/key-ring", ["eventTypes"] = new JsonArray("event.published"), ["active"] = false,
        })).AssertJsonAsync(HttpStatusCode.Created);

        var keys = await api.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT xml AS \"Value\" FROM data_protection_keys").ToListAsync());

        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
        Assert.Empty(api.Log.Containing("No XML encryptor configured"));
        Assert.Empty(api.Log.Containing("may not be persisted outside of the container"));
    }
}
