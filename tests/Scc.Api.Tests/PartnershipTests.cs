using System.Net;
using System.Text.Json.Nodes;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

public sealed class PartnershipTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Partnerships = "/api/v1/partnerships";

    private async Task<string> OrganisationAsync(string name) =>
        (await (await api.As("editor").PostJsonAsync("/api/v1/organisations", new JsonObject
        {
            ["name"] = new JsonObject { ["en"] = name },
            ["kind"] = "tradeAssociation",
        })).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();

    private static JsonObject Body(string organisationId, string role, string start, string? end, string? slug = null) => new()
    {
        ["slug"] = slug,
        ["organisationId"] = organisationId,
        ["sccRole"] = role,
        ["scope"] = new JsonObject { ["kind"] = "period" },
        ["startDate"] = start,
        ["endDate"] = end,
    };

    [Fact]
    public async Task Create_ReturnsThePartnerNameAndStatusFromTheDates()
    {
        var partner = await OrganisationAsync("Status Partner");

        var ended = await (await api.As("editor").PostJsonAsync(Partnerships, Body(partner, "supportingOrganisation", "2023-09-01", "2023-09-30"))).AssertJsonAsync(HttpStatusCode.Created);
        var active = await (await api.As("editor").PostJsonAsync(Partnerships, Body(partner, "supportingOrganisation", "2020-01-01", null))).AssertJsonAsync(HttpStatusCode.Created);
        var upcoming = await (await api.As("editor").PostJsonAsync(Partnerships, Body(partner, "sponsor", "2099-01-01", null))).AssertJsonAsync(HttpStatusCode.Created);

        Assert.Equal("ended", ended["status"]!.GetValue<string>());
        Assert.Equal("active", active["status"]!.GetValue<string>());
        Assert.Equal("upcoming", upcoming["status"]!.GetValue<string>());
        Assert.Equal("Status Partner", ended["organisationName"]!["en"]!.GetValue<string>());
        Assert.Equal("status-partner-supportingorganisation-2023", ended["slug"]!.GetValue<string>());
    }

    [Fact]
    public async Task Contact_IsShownToStaffOnly_AndAnonymousCallersGetNoneInTheListOrTheResource()
    {
        var partner = await OrganisationAsync("Contact Partner");
        var body = Body(partner, "sponsor", "2024-01-01", null, "contact-partner-2024");
        body["contact"] = new JsonObject
        {
            ["name"] = new JsonObject { ["en"] = "Ms Partner Liaison", ["zh-Hant"] = "聯絡人小姐" }, ["email"] = "liaison@partner.example", ["phone"] = "+852 2111 7788",
        };
        var id = (await (await api.As("editor").PostJsonAsync(Partnerships, body)).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        string[] personal = ["Ms Partner Liaison", "liaison@partner.example", "+852 2111 7788", "2111 7788"];

        var anonymousOne = await api.Anonymous().GetAsync($"{Partnerships}/{id}");
        var anonymousList = await api.Anonymous().GetAsync($"{Partnerships}?organisationId={partner}");
        var staffOne = await api.As("editor").GetAsync($"{Partnerships}/{id}");
        var staffList = await (await api.As("editor").GetAsync($"{Partnerships}?organisationId={partner}")).AssertJsonAsync(HttpStatusCode.OK);

        foreach (var answer in new[] { anonymousOne, anonymousList })
        {
            var text = await answer.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.All(personal, value => Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain("\\u806F\\u7D61", text, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Null((await anonymousOne.AssertJsonAsync(HttpStatusCode.OK))["contact"]);
        var staff = await staffOne.AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("liaison@partner.example", staff["contact"]!["email"]!.GetValue<string>());
        Assert.Equal("+852 2111 7788", staffList["items"]![0]!["contact"]!["phone"]!.GetValue<string>());
        // Two representations, two validators: an anonymous copy never satisfies a staff If-None-Match.
        Assert.NotEqual(anonymousOne.Headers.ETag, staffOne.Headers.ETag);
        var conditional = new HttpRequestMessage(HttpMethod.Get, $"{Partnerships}/{id}") { Headers = { IfNoneMatch = { anonymousOne.Headers.ETag! } } };
        Assert.Equal(HttpStatusCode.OK, (await api.As("editor").SendAsync(conditional)).StatusCode);
    }

    [Fact]
    public async Task List_FiltersByOrganisationRoleYearAndActive()
    {
        var partner = await OrganisationAsync("Filter Partner");
        var other = await OrganisationAsync("Other Partner");
        await api.As("editor").PostJsonAsync(Partnerships, Body(partner, "supportingOrganisation", "2023-03-01", "2023-03-31", "filter-2023"));
        await api.As("editor").PostJsonAsync(Partnerships, Body(partner, "collaboratingOrganisation", "2024-03-01", null, "filter-2024-open"));
        await api.As("editor").PostJsonAsync(Partnerships, Body(other, "supportingOrganisation", "2023-05-01", "2023-05-31", "other-2023"));

        async Task<List<string>> Slugs(string query) => (await (await api.Anonymous().GetAsync(Partnerships + query)).AssertJsonAsync(HttpStatusCode.OK))
            ["items"]!.AsArray().Select(i => i!["slug"]!.GetValue<string>()).ToList();

        Assert.Equal(["filter-2023", "filter-2024-open"], await Slugs($"?organisationId={partner}"));
        Assert.Equal(["filter-2023"], await Slugs($"?organisationId={partner}&role=supportingOrganisation&year=2023"));
        Assert.Contains("other-2023", await Slugs("?role=supportingOrganisation&year=2023&limit=100"));
        Assert.DoesNotContain("filter-2024-open", await Slugs("?role=supportingOrganisation,collaboratingOrganisation&year=2023&limit=100"));
        Assert.Equal(["filter-2024-open"], await Slugs($"?organisationId={partner}&active=true"));
        Assert.Equal(["filter-2023"], await Slugs($"?organisationId={partner}&active=false"));
        var page = await (await api.Anonymous().GetAsync($"{Partnerships}?limit=1")).AssertJsonAsync(HttpStatusCode.OK);
        var next = await (await api.Anonymous().GetAsync($"{Partnerships}?limit=1&cursor={page["nextCursor"]}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.NotEqual(page["items"]![0]!["slug"]!.GetValue<string>(), next["items"]![0]!["slug"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_WithMissingOrganisation_Returns400NamingItAndWritesNothing()
    {
        var response = await api.As("editor").PostJsonAsync(Partnerships, Body(Guid.NewGuid().ToString(), "sponsor", "2023-01-01", null, "ghost-partnership"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("organisationId", problem.ErrorKeys());
        var list = await (await api.Anonymous().GetAsync(Partnerships + "?limit=100")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(list["items"]!.AsArray(), i => i!["slug"]!.GetValue<string>() == "ghost-partnership");
    }

    [Fact]
    public async Task Create_EventScopeWithoutEvent_Returns400()
    {
        var body = Body(await OrganisationAsync("Scope Partner"), "sponsor", "2023-01-01", null);
        body["scope"] = new JsonObject { ["kind"] = "event" };

        var problem = await (await api.As("editor").PostJsonAsync(Partnerships, body)).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("scope.eventId", problem.ErrorKeys());
    }

    [Fact]
    public async Task DeletePartner_WhilePartnershipExists_Returns409ThenPartnershipDeleteNeedsAdmin()
    {
        var partner = await OrganisationAsync("Held Partner");
        var created = await (await api.As("editor").PostJsonAsync(Partnerships, Body(partner, "sponsor", "2023-01-01", null))).AssertJsonAsync(HttpStatusCode.Created);

        var refused = await api.As("admin").DeleteAsync($"/api/v1/organisations/{partner}");
        var problem = await refused.AssertProblemAsync(HttpStatusCode.Conflict, "organisation_in_use");
        Assert.Contains("1 partnership", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        await (await api.As("editor").DeleteAsync($"{Partnerships}/{created["id"]}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, (await api.As("admin").DeleteAsync($"{Partnerships}/{created["id"]}")).StatusCode);
        // The partnership in the trash still refers to its partner, which stays until the partnership is purged.
        await (await api.As("admin").DeleteAsync($"/api/v1/organisations/{partner}")).AssertProblemAsync(HttpStatusCode.Conflict, "organisation_in_use");
    }

    [Fact]
    public async Task Update_WithStaleETag_Returns412()
    {
        var partner = await OrganisationAsync("Etag Partner");
        var created = await api.As("editor").PostJsonAsync(Partnerships, Body(partner, "sponsor", "2023-01-01", null));
        var id = (await created.AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        var etag = created.Headers.ETag!.Tag;
        (await api.As("editor").PutJsonAsync($"{Partnerships}/{id}", Body(partner, "sponsor", "2023-02-01", null), etag)).EnsureSuccessStatusCode();

        var response = await api.As("editor").PutJsonAsync($"{Partnerships}/{id}", Body(partner, "sponsor", "2023-03-01", null), etag);

        await response.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
    }
}
