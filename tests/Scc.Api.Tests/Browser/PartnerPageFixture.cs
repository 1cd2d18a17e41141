using System.Net;
using System.Text.Json.Nodes;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Browser;

/// <summary>
/// The API on one origin with a few upcoming events (one with a hostile title), and the demo partner page from
/// samples/partner-page on another origin, its widget and iframe addresses pointed at the API.
/// </summary>
public sealed class PartnerPageFixture : IAsyncLifetime
{
    public const string HostileTitle = "<script>window.sccInjected = 1</script><img src=x onerror=\"window.sccInjected = 2\"> Hostile Title";
    public const string EnglishTitle = "Smart Mobility Forum";
    public const string ChineseTitle = "智慧出行論壇";
    public const string EnglishOnlyTitle = "Data Analytics Training";
    public const string EnglishDisclaimer = "Any opinions expressed at this event do not reflect the views of the Innovation Fund.";
    public const string ChineseDisclaimer = "在本活動中表達的任何意見，並不代表創新基金的觀點。";
    public const string EnglishOnlyDisclaimer = "Funded by the Skills Fund, whose views these are not.";

    /// <summary>Where the demo page expects the API; replaced by the test server's address.</summary>
    private const string DemoApiAddress = "http://localhost:5080";

    private StaticSite? _site;

    public ApiFactory Api { get; } = new();

    public Uri ApiAddress { get; private set; } = null!;

    public Uri PartnerAddress => (_site ?? throw new InvalidOperationException("The partner site has not started.")).Address;

    public async Task InitializeAsync()
    {
        await Api.InitializeAsync();
        ApiAddress = Api.Anonymous().BaseAddress!;

        var forum = EventBodies.Seminar(EnglishTitle, daysFromNow: 10, type: "forum");
        forum["title"] = new JsonObject { ["en"] = EnglishTitle, ["zh-Hant"] = ChineseTitle };
        forum["registration"] = new JsonObject { ["mode"] = "external", ["url"] = "https://tickets.example.org/smart-mobility" };
        forum["websiteUrl"] = "https://www.example.org/smart-mobility-forum";
        forum["fundingProgrammeIds"] = new JsonArray(await FundingProgrammeAsync("Innovation Fund",
            new JsonObject { ["en"] = EnglishDisclaimer, ["zh-Hant"] = ChineseDisclaimer }));
        ForumStartsAt = DateTimeOffset.Parse(forum["schedule"]!["startsAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        await PublishAsync(forum);

        var hostile = EventBodies.Seminar(HostileTitle, daysFromNow: 12);
        hostile["title"] = new JsonObject { ["en"] = HostileTitle, ["zh-Hant"] = HostileTitle };
        hostile["venue"]!["name"] = new JsonObject { ["en"] = "<b onmouseover=alert(1)>Venue</b>" };
        await PublishAsync(hostile);

        var training = EventBodies.Seminar(EnglishOnlyTitle, daysFromNow: 14, type: "training");
        training["title"] = new JsonObject { ["en"] = EnglishOnlyTitle };
        training["timeZone"] = "Asia/Bangkok";
        // Its disclaimer has no Chinese: the Chinese widget shows the English one rather than none.
        training["fundingProgrammeIds"] = new JsonArray(await FundingProgrammeAsync("Skills Fund", new JsonObject { ["en"] = EnglishOnlyDisclaimer }));
        await PublishAsync(training);

        var page = await File.ReadAllTextAsync(Path.Combine(Artifacts.RepositoryRoot(), "samples", "partner-page", "index.html"));
        if (!page.Contains(DemoApiAddress, StringComparison.Ordinal))
            throw new InvalidOperationException($"samples/partner-page/index.html no longer points at {DemoApiAddress}.");
        _site = await StaticSite.StartAsync(page.Replace(DemoApiAddress, ApiAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal));
    }

    /// <summary>When the forum starts (16:00 in Hong Kong), for the calendar links.</summary>
    public DateTimeOffset ForumStartsAt { get; private set; }

    private async Task<string> FundingProgrammeAsync(string name, JsonObject disclaimer)
    {
        var body = new JsonObject { ["name"] = new JsonObject { ["en"] = name }, ["disclaimer"] = disclaimer };
        var created = await (await Api.As("editor").PostJsonAsync("/api/v1/funding-programmes", body)).AssertJsonAsync(HttpStatusCode.Created);
        return created["id"]!.GetValue<string>();
    }

    private async Task PublishAsync(JsonObject body)
    {
        var editor = Api.As("editor");
        var created = await (await editor.PostJsonAsync("/api/v1/events", body)).AssertJsonAsync(HttpStatusCode.Created);
        var id = created["id"]!.GetValue<string>();
        (await editor.PostAsync($"/api/v1/events/{id}/publish", null)).EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        if (_site is not null) await _site.DisposeAsync();
        await Api.DisposeAsync();
    }
}
