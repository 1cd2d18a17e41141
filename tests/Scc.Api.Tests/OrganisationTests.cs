using System.Net;
using System.Text.Json.Nodes;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

public sealed class OrganisationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Organisations = "/api/v1/organisations";

    private static JsonObject Body(string english, string? acronym = null, string kind = "tradeAssociation", string? chinese = null) => new()
    {
        ["acronym"] = acronym,
        ["name"] = new JsonObject { ["en"] = english, ["zh-Hant"] = chinese },
        ["kind"] = kind,
        ["countryCode"] = "HK",
    };

    private async Task<Guid> CreateAsync(JsonObject body) =>
        (await (await api.As("editor").PostJsonAsync(Organisations, body)).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();

    [Fact]
    public async Task Create_MakesSlugFromAcronymAndGetReturnsItWithETag()
    {
        var id = await CreateAsync(Body("Hong Kong Software Industry Association", "HKSiA", chinese: "香港軟件行業協會"));

        var response = await api.Anonymous().GetAsync($"{Organisations}/{id}");

        var organisation = await response.AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("hksia", organisation["slug"]!.GetValue<string>());
        Assert.Equal("香港軟件行業協會", organisation["name"]!["zh-Hant"]!.GetValue<string>());
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task List_SearchesAcronymAndBothLanguages()
    {
        await CreateAsync(Body("Digital Economy Promotion Agency", "depa", "foreignAgency"));
        await CreateAsync(Body("Tung Wah Group of Hospitals", "TWGHs", "ngo", "東華三院"));

        async Task<List<string>> Search(string q) => (await (await api.Anonymous().GetAsync($"{Organisations}?q={Uri.EscapeDataString(q)}"))
            .AssertJsonAsync(HttpStatusCode.OK))["items"]!.AsArray().Select(i => i!["slug"]!.GetValue<string>()).ToList();

        Assert.Equal(["depa"], await Search("DEPA"));
        Assert.Equal(["twghs"], await Search("東華"));
        Assert.Equal(["depa"], await Search("promotion agency"));
    }

    [Fact]
    public async Task List_PagesBySlug()
    {
        foreach (var letter in new[] { "a", "b", "c" }) await CreateAsync(Body($"Paging Body {letter}", $"PG{letter}"));

        var first = await (await api.Anonymous().GetAsync($"{Organisations}?q=paging&limit=2")).AssertJsonAsync(HttpStatusCode.OK);
        var second = await (await api.Anonymous().GetAsync($"{Organisations}?q=paging&limit=2&cursor={first["nextCursor"]}")).AssertJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["pga", "pgb"], first["items"]!.AsArray().Select(i => i!["slug"]!.GetValue<string>()));
        Assert.Equal(["pgc"], second["items"]!.AsArray().Select(i => i!["slug"]!.GetValue<string>()));
        Assert.Null(second["nextCursor"]);
    }

    [Theory]
    [InlineData("kind", "club")]
    [InlineData("countryCode", "hk")]
    [InlineData("name", "")]
    public async Task Create_WithBadInput_Returns400NamingTheField(string field, string value)
    {
        var body = Body("Bad Input Body");
        body[field] = field == "name" ? new JsonObject() : value;

        var response = await api.As("editor").PostJsonAsync(Organisations, body);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.ErrorKeys(), k => k.StartsWith(field, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Update_WithStaleETag_Returns412()
    {
        var id = await CreateAsync(Body("Stale Body"));
        var etag = (await api.Anonymous().GetAsync($"{Organisations}/{id}")).Headers.ETag!.Tag;
        (await api.As("editor").PutJsonAsync($"{Organisations}/{id}", Body("Stale Body Renamed"), etag)).EnsureSuccessStatusCode();

        var response = await api.As("editor").PutJsonAsync($"{Organisations}/{id}", Body("Stale Body Again"), etag);

        await response.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Delete_OrganisationOfAnEvent_Returns409NamingTheUseThenSucceedsOnceUnused()
    {
        var id = await CreateAsync(Body("Organiser In Use", "OIU"));
        var evt = EventBodies.Seminar("Organised Seminar");
        evt["organisations"] = new JsonArray(new JsonObject { ["organisationId"] = id.ToString(), ["role"] = "organiser" });
        var eventId = (await (await api.As("editor").PostJsonAsync("/api/v1/events", evt)).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();

        var refused = await api.As("admin").DeleteAsync($"{Organisations}/{id}");

        var problem = await refused.AssertProblemAsync(HttpStatusCode.Conflict, "organisation_in_use");
        Assert.Contains("1 event", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        // The event in the trash still refers to it (it may be restored); taken off the event, the organisation is free.
        (await api.As("admin").DeleteAsync($"/api/v1/events/{eventId}")).EnsureSuccessStatusCode();
        await (await api.As("admin").DeleteAsync($"{Organisations}/{id}")).AssertProblemAsync(HttpStatusCode.Conflict, "organisation_in_use");
        Assert.Equal(HttpStatusCode.NoContent, (await api.As("admin").PostAsync($"/api/v1/trash/event/{eventId}/restore", null)).StatusCode);
        evt["organisations"] = new JsonArray();
        (await api.As("editor").PutJsonAsync($"/api/v1/events/{eventId}", evt)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NoContent, (await api.As("admin").DeleteAsync($"{Organisations}/{id}")).StatusCode);
    }

    [Fact]
    public async Task Event_WithOrganisationsInRoles_ShowsTheirNamesAndFiltersByRole()
    {
        var organiser = await CreateAsync(Body("Role Organiser", "ROLEORG"));
        var scc = await CreateAsync(Body("Smart City Consortium", "SCCROLE"));
        var evt = EventBodies.Seminar("Supported Seminar");
        evt["organisations"] = new JsonArray(
            new JsonObject { ["organisationId"] = organiser.ToString(), ["role"] = "organiser" },
            new JsonObject { ["organisationId"] = scc.ToString(), ["role"] = "supportingOrganisation" });
        var created = await (await api.As("editor").PostJsonAsync("/api/v1/events", evt)).AssertJsonAsync(HttpStatusCode.Created);
        (await api.As("editor").PostAsync($"/api/v1/events/{created["id"]}/publish", null)).EnsureSuccessStatusCode();

        var roles = created["organisations"]!.AsArray();
        Assert.Equal("ROLEORG", roles.Single(r => r!["role"]!.GetValue<string>() == "organiser")!["acronym"]!.GetValue<string>());
        var supported = await (await api.Anonymous().GetAsync($"/api/v1/events?organisationId={scc}&role=supportingOrganisation")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["supported-seminar"], supported["items"]!.AsArray().Select(i => i!["slug"]!.GetValue<string>()));
        var organised = await (await api.Anonymous().GetAsync($"/api/v1/events?organisationId={scc}&role=organiser")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Empty(organised["items"]!.AsArray());
    }

    [Fact]
    public async Task Event_WithUnknownOrganisation_Returns400NamingItAndWritesNothing()
    {
        var evt = EventBodies.Seminar("Orphan Seminar");
        evt["organisations"] = new JsonArray(new JsonObject { ["organisationId"] = Guid.NewGuid().ToString(), ["role"] = "organiser" });

        var response = await api.As("editor").PostJsonAsync("/api/v1/events", evt);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("organisations[0].organisationId", problem.ErrorKeys());
        Assert.Equal(HttpStatusCode.NotFound, (await api.As("editor").GetAsync("/api/v1/events/by-slug/orphan-seminar")).StatusCode);
    }
}
