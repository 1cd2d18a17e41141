using System.Net;
using System.Text.Json.Nodes;
using Scc.Api.Tests.Support;
using Scc.Domain.ApiKeys;

namespace Scc.Api.Tests;

public sealed class PersonalDataLoggingTests(LogCapturingApiFactory api) : IClassFixture<LogCapturingApiFactory>
{
    [Fact]
    public async Task Logs_OfSubmissionBulkExportAndErasure_NeverContainTheRegistrantsData()
    {
        const string email = "pdpo.secret.person@example.com", name = "Pdpo Secret Name", phone = "+852 6000 0001";
        var eventId = await api.OpenEventAsync("Logging Event");
        var (_, secret) = await api.CreateKeyAsync([ApiKeyScopes.RegistrationsRead, ApiKeyScopes.RegistrationsWrite], eventId: eventId);
        var receipt = await api.RegisterAsync(eventId, email, name);
        var bulk = new JsonObject
        {
            ["items"] = new JsonArray(new JsonObject
            {
                ["externalReference"] = "LOG-1",
                ["registrant"] = new JsonObject { ["name"] = name + " Bulk", ["email"] = "bulk." + email, ["phone"] = phone },
                ["consent"] = new JsonObject { ["statementVersion"] = Integrations.Statement, ["language"] = "en" },
            }),
        };
        await (await api.WithKey(secret).PostJsonAsync($"/api/v1/events/{eventId}/registrations/bulk", bulk)).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await api.WithKey(secret).GetAsync($"/api/v1/events/{eventId}/registrations/export")).StatusCode);
        await (await api.As("admin").PostJsonAsync("/api/v1/registrations/erasure", new JsonObject { ["email"] = email })).AssertJsonAsync(HttpStatusCode.OK);
        await (await api.Anonymous().GetAsync($"/api/v1/registrations/manage/{receipt["manageToken"]}")).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.True(api.Log.Count("ErasePersonCommand") > 0, "messages were logged");
        Assert.Equal(0, api.Log.Count(email));
        Assert.Equal(0, api.Log.Count(name));
        Assert.Equal(0, api.Log.Count(phone));
        Assert.Equal(0, api.Log.Count(secret));
    }
}
