using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Scc.Api.Tests.Support;
using Scc.Domain.ApiKeys;
using Scc.Domain.Registrations;

namespace Scc.Api.Tests.Persistence;

/// <summary>
/// Registrations made before check-in codes and sources existed, brought up to date by the migration: each gets a code of
/// its own that checks it in, and its source from what the row tells, without showing as a change in the changes feed.
/// </summary>
public sealed class CheckInCodeMigrationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Migration = "20261206001258_CheckInCodesAndSources";
    private const string Previous = "20261205190246_DropPlainTextWebhookSecrets";

    [Fact]
    public async Task Migration_GivesExistingRegistrationsUniqueCodesAndTheirSource_WithoutChangingTheChangesFeed()
    {
        var eventId = await api.OpenEventAsync("Migrated Codes Seminar");
        for (var i = 0; i < 20; i++) await api.RegisterAsync(eventId, $"migrated.{i}@example.com");
        var (_, secret) = await api.CreateKeyAsync([ApiKeyScopes.RegistrationsWrite]);
        await (await api.WithKey(secret).PostJsonAsync($"/api/v1/events/{eventId}/registrations/bulk", new JsonObject
        {
            ["items"] = new JsonArray(new JsonObject
            {
                ["externalReference"] = "CRM-MIGRATED-1",
                ["registrant"] = new JsonObject { ["name"] = "Migrated Crm", ["email"] = "migrated.crm@example.com" },
                ["consent"] = new JsonObject { ["statementVersion"] = Integrations.Statement, ["language"] = "en" },
            }),
        })).AssertJsonAsync(HttpStatusCode.OK);
        var changesBefore = await ChangesAsync();

        await api.WithDbAsync(async db =>
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(Previous);
            await migrator.MigrateAsync(Migration);
            return 0;
        });

        var rows = await api.WithDbAsync(db => db.Registrations.AsNoTracking().Where(r => r.EventId == Guid.Parse(eventId))
            .Select(r => new { r.Id, r.CheckInCode, r.Source, r.ExternalReference, r.CheckedInAt }).ToListAsync());
        Assert.Equal(21, rows.Count);
        Assert.All(rows, r => Assert.Matches("^ci_[A-Za-z0-9_-]{22}$", r.CheckInCode));
        Assert.Equal(rows.Count, rows.Select(r => r.CheckInCode).Distinct().Count());
        Assert.All(rows, r => Assert.Equal(r.ExternalReference is null ? RegistrationSource.Public : RegistrationSource.Integration, r.Source));
        Assert.Single(rows, r => r.Source == RegistrationSource.Integration);
        Assert.All(rows, r => Assert.Null(r.CheckedInAt));
        Assert.Equal(changesBefore, await ChangesAsync());
        // The API reads the model of the latest migration: the ones after this are applied again before it is called.
        await api.WithDbAsync(async db =>
        {
            await db.GetService<IMigrator>().MigrateAsync();
            return 0;
        });
        var scan = await (await api.As("editor").PostJsonAsync($"/api/v1/events/{eventId}/check-ins", new JsonObject { ["code"] = rows[0].CheckInCode }))
            .AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(rows[0].Id.ToString(), scan["registrationId"]!.GetValue<string>());
        // The trigger is on again: the check-in is a change.
        Assert.Equal(changesBefore + 1, await ChangesAsync());
    }

    private Task<int> ChangesAsync() =>
        api.WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM registration_changes").SingleAsync());
}
