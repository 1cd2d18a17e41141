using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Scc.Api.Tests.Support;
using Scc.Domain.ApiKeys;

namespace Scc.Api.Tests;

/// <summary>What a registrant does on their own: correct their registration, and get their lost links again.</summary>
public sealed partial class RegistrantSelfServiceTests(WebhookApiFactory api) : IClassFixture<WebhookApiFactory>
{
    [GeneratedRegex("https://example\\.org/registrations/manage/([A-Za-z0-9_-]+)")]
    private static partial Regex ManageLink();

    private static string IdOf(JsonObject receipt) => receipt["registration"]!["id"]!.GetValue<string>();

    private static string TokenOf(JsonObject receipt) => receipt["manageToken"]!.GetValue<string>();

    private static JsonObject Correction(string name, string? phone = null, string? company = null, JsonArray? answers = null) => new()
    {
        ["name"] = name, ["phone"] = phone, ["company"] = company, ["answers"] = answers ?? [],
    };

    private async Task<string> EventWithQuestionAsync(string title)
    {
        var body = EventBodies.Seminar(title);
        body["registration"] = new JsonObject
        {
            ["mode"] = "internal", ["privacyStatementVersion"] = Integrations.Statement,
            ["questions"] = new JsonArray(new JsonObject
            {
                ["id"] = "dietary", ["kind"] = "text", ["label"] = new JsonObject { ["en"] = "Dietary needs", ["zh-Hant"] = "飲食要求" }, ["maxLength"] = 30,
            }),
        };
        var editor = api.As("editor");
        var id = (await (await editor.PostJsonAsync("/api/v1/events", body)).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        await (await editor.PostAsync($"/api/v1/events/{id}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);
        return id;
    }

    [Fact]
    public async Task A_registrant_corrects_their_details_and_answers_and_integrations_see_the_change()
    {
        var eventId = await EventWithQuestionAsync("Corrected Seminar");
        var receipt = await api.RegisterAsync(eventId, "corrected@example.org", "Chan Tai Mon");
        var (_, secret) = await api.CreateKeyAsync([ApiKeyScopes.RegistrationsRead], eventId: eventId);
        // The key sees this event's changes only: the registration's creation is the first.
        var before = (await ChangesAsync(api.WithKey(secret), atLeast: 1)).Count;

        var answers = new JsonArray(new JsonObject { ["questionId"] = "dietary", ["text"] = "Vegetarian" });
        var corrected = await (await api.Anonymous().PutJsonAsync($"/api/v1/registrations/manage/{TokenOf(receipt)}/details",
            Correction("Chan Tai Man", "+852 2345 6789", "Smart Co", answers))).AssertJsonAsync(HttpStatusCode.OK);

        Assert.Equal("Chan Tai Man", corrected["registrant"]!["name"]!.GetValue<string>());
        Assert.Equal("+852 2345 6789", corrected["registrant"]!["phone"]!.GetValue<string>());
        Assert.Equal("corrected@example.org", corrected["registrant"]!["email"]!.GetValue<string>());
        Assert.Equal("Vegetarian", corrected["answers"]![0]!["text"]!.GetValue<string>());
        var own = await (await api.Anonymous().GetAsync($"/api/v1/registrations/manage/{TokenOf(receipt)}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Smart Co", own["registrant"]!["company"]!.GetValue<string>());
        var changes = await ChangesAsync(api.WithKey(secret), atLeast: before + 1);
        Assert.Equal(before + 1, changes.Count);
        Assert.Equal((IdOf(receipt), "updated"), (changes[^1]!["registrationId"]!.GetValue<string>(), changes[^1]!["change"]!.GetValue<string>()));
        var webhooks = await api.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
            .CountAsync(m => m.Type == "registration.updated" && m.Payload!.Contains(IdOf(receipt))));
        Assert.Equal(1, webhooks);
    }

    [Fact]
    public async Task A_correction_is_checked_like_a_submission_and_a_stale_one_is_refused()
    {
        var eventId = await EventWithQuestionAsync("Checked Corrections");
        var receipt = await api.RegisterAsync(eventId, "checked.correction@example.org");
        var url = $"/api/v1/registrations/manage/{TokenOf(receipt)}/details";
        var anonymous = api.Anonymous();

        var markup = await (await anonymous.PutJsonAsync(url, Correction("<b>Boss</b>"))).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("name", markup.ErrorKeys());
        var tooLong = new JsonArray(new JsonObject { ["questionId"] = "dietary", ["text"] = new string('x', 31) });
        await (await anonymous.PutJsonAsync(url, Correction("Chan Tai Man", answers: tooLong))).AssertProblemAsync(HttpStatusCode.BadRequest);
        var unknown = new JsonArray(new JsonObject { ["questionId"] = "shoe-size", ["text"] = "42" });
        await (await anonymous.PutJsonAsync(url, Correction("Chan Tai Man", answers: unknown))).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await anonymous.PutJsonAsync($"/api/v1/registrations/manage/{new string('A', 43)}/details", Correction("Chan Tai Man")))
            .AssertProblemAsync(HttpStatusCode.NotFound, "not_found");

        var response = await anonymous.PutJsonAsync(url, Correction("Chan Tai Man"), ifMatch: "\"1\"");
        await response.AssertProblemAsync(HttpStatusCode.PreconditionFailed, "precondition_failed");
        var stored = await (await anonymous.GetAsync($"/api/v1/registrations/manage/{TokenOf(receipt)}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Chan Tai Man", stored["registrant"]!["name"]!.GetValue<string>());
        Assert.Empty(stored["answers"]!.AsArray());

        var current = await anonymous.GetAsync($"/api/v1/registrations/manage/{TokenOf(receipt)}");
        var viaHeader = new HttpRequestMessage(HttpMethod.Put, "/api/v1/registrations/manage/details") { Content = JsonContent(Correction("Chan Siu Ming")) };
        viaHeader.Headers.Add("X-Manage-Token", TokenOf(receipt));
        viaHeader.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(current.Headers.ETag!.ToString()));
        var changed = await (await anonymous.SendAsync(viaHeader)).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Chan Siu Ming", changed["registrant"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_correction_after_registration_closed_is_refused()
    {
        var eventId = await EventWithQuestionAsync("Closed Corrections");
        var receipt = await api.RegisterAsync(eventId, "closed.correction@example.org");
        await (await api.As("editor").PostJsonAsync($"/api/v1/events/{eventId}/postpone", new JsonObject())).AssertJsonAsync(HttpStatusCode.OK);

        await (await api.Anonymous().PutJsonAsync($"/api/v1/registrations/manage/{TokenOf(receipt)}/details", Correction("Someone Else")))
            .AssertProblemAsync(HttpStatusCode.Conflict, "registration_closed");
    }

    [Fact]
    public async Task Asking_for_the_links_again_answers_alike_for_any_address_and_mails_only_live_registrations()
    {
        var first = await api.OpenEventAsync("Lost Link Seminar");
        var second = await api.OpenEventAsync("Lost Link Forum");
        var third = await api.OpenEventAsync("Lost Link Workshop");
        var one = await api.RegisterAsync(first, "Lost.Links@example.org", "Ada Lee");
        var two = await api.RegisterAsync(second, "lost.links@example.org", "Ada Lee");
        var gone = await api.RegisterAsync(third, "lost.links@example.org", "Ada Lee");
        Assert.Equal(HttpStatusCode.NoContent, (await api.Anonymous().DeleteAsync($"/api/v1/registrations/manage/{TokenOf(gone)}")).StatusCode);
        await api.DispatchUntilIdleAsync();
        var sentBefore = api.Smtp.Messages.Count;

        var known = await api.Anonymous().PostJsonAsync("/api/v1/registrations/manage-links", new JsonObject { ["email"] = "LOST.links@example.org" });
        var unknown = await api.Anonymous().PostJsonAsync("/api/v1/registrations/manage-links", new JsonObject { ["email"] = "nobody.here@example.org" });
        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, unknown.StatusCode);
        Assert.Equal(await known.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
        Assert.Equal(known.Content.Headers.ContentLength, unknown.Content.Headers.ContentLength);
        await api.DispatchUntilIdleAsync();

        var email = Assert.Single(api.Smtp.Messages.Skip(sentBefore));
        Assert.Equal("lost.links@example.org", email.To.Mailboxes.Single().Address, ignoreCase: true);
        Assert.StartsWith("Your registration links", email.Subject, StringComparison.Ordinal);
        var tokens = ManageLink().Matches(email.TextBody!).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Equal(new HashSet<string> { TokenOf(one), TokenOf(two) }, tokens);
        Assert.Contains("Lost Link Seminar", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Lost Link Workshop", email.TextBody, StringComparison.Ordinal);
        foreach (var (token, receipt) in new[] { (TokenOf(one), one), (TokenOf(two), two) })
        {
            var own = await (await api.Anonymous().GetAsync($"/api/v1/registrations/manage/{token}")).AssertJsonAsync(HttpStatusCode.OK);
            Assert.Equal(IdOf(receipt), own["id"]!.GetValue<string>());
        }
        var left = await api.WithDbAsync(db => db.OutboxMessages.AsNoTracking().CountAsync(m => m.Payload!.Contains("nobody.here@example.org") || m.Payload!.Contains("LOST.links")));
        Assert.Equal(0, left);

        Assert.Equal(HttpStatusCode.Accepted, (await api.Anonymous().PostJsonAsync("/api/v1/registrations/manage-links",
            new JsonObject { ["email"] = "lost.links@example.org", ["eventId"] = second })).StatusCode);
        await api.DispatchUntilIdleAsync();
        var forOne = api.Smtp.Messages.Last();
        Assert.Equal([TokenOf(two)], ManageLink().Matches(forOne.TextBody!).Select(m => m.Groups[1].Value).Distinct());

        await (await api.Anonymous().PostJsonAsync("/api/v1/registrations/manage-links", new JsonObject { ["email"] = "not an address" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    private static StringContent JsonContent(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    /// <summary>
    /// The key's registration changes once there are at least <paramref name="atLeast"/>: an open transaction of another
    /// test on the same server holds the feed's horizon back for as long as it runs.
    /// </summary>
    private static async Task<JsonArray> ChangesAsync(HttpClient key, int atLeast)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var items = (await (await key.GetAsync("/api/v1/registrations/changes?limit=1000")).AssertJsonAsync(HttpStatusCode.OK))["items"]!.AsArray();
            if (items.Count >= atLeast) return items;
            Assert.True(DateTime.UtcNow < deadline, $"The changes feed gave {items.Count} of at least {atLeast} changes.");
            await Task.Delay(50);
        }
    }
}

/// <summary>Rate limiting on, with small limits for the manage links, and a real SMTP server.</summary>
public sealed class ManageLinksLimitedApiFactory : WebhookApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimiting:Enabled", "true");
        builder.UseSetting("RateLimiting:ManageLinksPerIp:PermitLimit", "6");
        builder.UseSetting("RateLimiting:ManageLinksPerAddress:PermitLimit", "2");
        builder.UseSetting("RateLimiting:RegistrationsPerIp:PermitLimit", "100");
    }
}

public sealed class ManageLinksRateLimitTests(ManageLinksLimitedApiFactory api) : IClassFixture<ManageLinksLimitedApiFactory>
{
    [Fact]
    public async Task An_address_is_sent_its_links_a_few_times_and_a_client_may_ask_a_few_times()
    {
        var eventId = await api.OpenEventAsync("Limited Links Seminar");
        await api.RegisterAsync(eventId, "limited.links@example.org");
        await api.DispatchUntilIdleAsync();
        var sentBefore = api.Smtp.Messages.Count;

        for (var i = 0; i < 4; i++)
            Assert.Equal(HttpStatusCode.Accepted, (await api.Anonymous().PostJsonAsync("/api/v1/registrations/manage-links", new JsonObject { ["email"] = "limited.links@example.org" })).StatusCode);
        await api.DispatchUntilIdleAsync();
        Assert.Equal(2, api.Smtp.Messages.Count - sentBefore);

        Assert.Equal(HttpStatusCode.Accepted, (await api.Anonymous().PostJsonAsync("/api/v1/registrations/manage-links", new JsonObject { ["email"] = "other@example.org" })).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await api.Anonymous().PostJsonAsync("/api/v1/registrations/manage-links", new JsonObject { ["email"] = "other@example.org" })).StatusCode);
        var refused = await api.Anonymous().PostJsonAsync("/api/v1/registrations/manage-links", new JsonObject { ["email"] = "third@example.org" });
        await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.NotNull(refused.Headers.RetryAfter);
    }
}
