using System.Net;
using System.Text.Json.Nodes;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary>An event's exhibitor booths: no more applications approved than it has, even when staff approve at once.</summary>
public sealed class ExhibitorBoothTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static JsonObject PavilionBody(string title, int? booths)
    {
        var body = EventBodies.Seminar(title, type: "exhibition");
        body["registration"] = new JsonObject
        {
            ["mode"] = "internal", ["privacyStatementVersion"] = Integrations.Statement, ["kinds"] = new JsonArray("exhibitor"), ["exhibitorBooths"] = booths,
        };
        return body;
    }

    private async Task<string> OpenPavilionAsync(string title, int? booths)
    {
        var editor = api.As("editor");
        var id = (await (await editor.PostJsonAsync("/api/v1/events", PavilionBody(title, booths))).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        await (await editor.PostAsync($"/api/v1/events/{id}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);
        return id;
    }

    private async Task<string> ApplyAsync(string eventId, string email)
    {
        var receipt = await (await api.Anonymous().PostJsonAsync($"/api/v1/events/{eventId}/registrations", new JsonObject
        {
            ["kind"] = "exhibitor",
            ["registrant"] = new JsonObject { ["name"] = "Cheung Wing", ["email"] = email },
            ["exhibitor"] = new JsonObject { ["companyName"] = "Booth Co " + email, ["technology"] = "Smart lamp posts" },
            ["consent"] = new JsonObject { ["statementVersion"] = Integrations.Statement, ["language"] = "en" },
        })).AssertJsonAsync(HttpStatusCode.Created);
        Assert.Equal("pending", receipt["registration"]!["status"]!.GetValue<string>());
        return receipt["registration"]!["id"]!.GetValue<string>();
    }

    private Task<HttpResponseMessage> ApproveAsync(string eventId, string id) =>
        api.As("editor").PostAsync($"/api/v1/events/{eventId}/registrations/{id}/approve", null);

    [Fact]
    public async Task Approve_UpToTheBoothCap_ThenReturns409BoothsFull_UntilStaffRaiseTheCap()
    {
        var eventId = await OpenPavilionAsync("Booth Cap Pavilion", booths: 2);
        var applications = new List<string>();
        for (var i = 0; i < 4; i++) applications.Add(await ApplyAsync(eventId, $"booth.cap{i}@example.com"));
        var editor = api.As("editor");

        await (await ApproveAsync(eventId, applications[0])).AssertJsonAsync(HttpStatusCode.OK);
        await (await ApproveAsync(eventId, applications[1])).AssertJsonAsync(HttpStatusCode.OK);
        // An exhibitor at the door still holds their booth.
        await (await editor.PostAsync($"/api/v1/events/{eventId}/registrations/{applications[0]}/check-in", null)).AssertJsonAsync(HttpStatusCode.OK);
        var refused = await (await ApproveAsync(eventId, applications[2])).AssertProblemAsync(HttpStatusCode.Conflict, "booths_full");

        Assert.Contains("All 2 exhibitor booths are taken", refused["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var counts = await (await editor.GetAsync($"/api/v1/events/{eventId}/registrations/counts")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, counts["exhibitorBooths"]!.GetValue<int>());
        Assert.Equal(2, counts["boothsHeld"]!.GetValue<int>());
        Assert.Equal(2, counts["pending"]!.GetValue<int>());

        var current = await editor.GetAsync($"/api/v1/events/{eventId}");
        var raised = await (await editor.PutJsonAsync($"/api/v1/events/{eventId}", PavilionBody("Booth Cap Pavilion", booths: 3), current.Headers.ETag!.Tag))
            .AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, raised["registration"]!["exhibitorBooths"]!.GetValue<int>());
        await (await ApproveAsync(eventId, applications[2])).AssertJsonAsync(HttpStatusCode.OK);
        await (await ApproveAsync(eventId, applications[3])).AssertProblemAsync(HttpStatusCode.Conflict, "booths_full");
        var shown = await (await api.Anonymous().GetAsync($"/api/v1/events/{eventId}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, shown["registration"]!["exhibitorBooths"]!.GetValue<int>());
        counts = await (await editor.GetAsync($"/api/v1/events/{eventId}/registrations/counts")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, counts["boothsHeld"]!.GetValue<int>());
    }

    [Fact]
    public async Task Approve_TwoAtOnceForTheLastBooth_ExactlyOneWins()
    {
        var eventId = await OpenPavilionAsync("Last Booth Pavilion", booths: 2);
        var first = await ApplyAsync(eventId, "last.booth0@example.com");
        var racers = new[] { await ApplyAsync(eventId, "last.booth1@example.com"), await ApplyAsync(eventId, "last.booth2@example.com") };
        await (await ApproveAsync(eventId, first)).AssertJsonAsync(HttpStatusCode.OK);

        // Both approvals wait behind the event's lock, so that they are decided one right after the other.
        HttpResponseMessage[] answers;
        await using (var eventLock = await EventRowLock.TakeAsync(api.ConnectionString, eventId))
        {
            var approvals = racers.Select(id => ApproveAsync(eventId, id)).ToArray();
            await eventLock.WaitUntilBackendsWaitAsync(2);
            await eventLock.ReleaseAsync();
            answers = await Task.WhenAll(approvals);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        await answers.Single(a => a.StatusCode == HttpStatusCode.Conflict).AssertProblemAsync(HttpStatusCode.Conflict, "booths_full");
        var counts = await (await api.As("editor").GetAsync($"/api/v1/events/{eventId}/registrations/counts")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, counts["boothsHeld"]!.GetValue<int>());
        Assert.Equal(1, counts["pending"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(10_001)]
    public async Task CreateEvent_WithBoothsOutOfRange_Returns400NamingTheField(int booths)
    {
        var problem = await (await api.As("editor").PostJsonAsync("/api/v1/events", PavilionBody($"Booths {booths} Pavilion", booths)))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Contains("registration.exhibitorBooths", problem.ErrorKeys());
    }

    [Fact]
    public async Task Approve_WithoutABoothCap_IsUnlimited()
    {
        var eventId = await OpenPavilionAsync("Unlimited Booths Pavilion", booths: null);
        for (var i = 0; i < 3; i++)
            await (await ApproveAsync(eventId, await ApplyAsync(eventId, $"unlimited.booth{i}@example.com"))).AssertJsonAsync(HttpStatusCode.OK);

        var counts = await (await api.As("editor").GetAsync($"/api/v1/events/{eventId}/registrations/counts")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Null(counts["exhibitorBooths"]);
        Assert.Equal(3, counts["boothsHeld"]!.GetValue<int>());
    }
}
