using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

public sealed class ProgrammeTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Programmes = "/api/v1/programmes";

    private static JsonObject Programme(string name, params (Guid Id, string Role)[] organisations) => new()
    {
        ["name"] = new JsonObject { ["en"] = name },
        ["description"] = new JsonObject { ["en"] = "A standing initiative." },
        ["websiteUrl"] = "https://www.geolab.gov.hk/",
        ["organisations"] = new JsonArray(organisations
            .Select(o => (JsonNode)new JsonObject { ["organisationId"] = o.Id.ToString(), ["role"] = o.Role }).ToArray()),
    };

    private async Task<JsonObject> CreateAsync(JsonObject body) =>
        await (await api.As("editor").PostJsonAsync(Programmes, body)).AssertJsonAsync(HttpStatusCode.Created);

    private async Task<List<string>> SlugsAsync(string query)
    {
        var page = await (await api.Anonymous().GetAsync(Programmes + query)).AssertJsonAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray().Select(i => i!["slug"]!.GetValue<string>()).ToList();
    }

    private Task<int> CountAsync() => api.WithDbAsync(db => db.Programmes.CountAsync());

    [Fact]
    public async Task PostProgramme_AsEditor_Returns201WithOrganisationsNamed()
    {
        var devb = await api.AddOrganisationAsync("Development Bureau", "DEVB");
        var twghs = await api.AddOrganisationAsync("Tung Wah Group of Hospitals", "TWGHs");

        var response = await api.As("editor").PostJsonAsync(Programmes,
            Programme("GeoLab", (twghs, "operator"), (devb, "establisher"), (devb, "funder")));

        var created = await response.AssertJsonAsync(HttpStatusCode.Created);
        var id = created["id"]!.GetValue<Guid>();
        Assert.Equal($"/api/v1/programmes/{id}", response.Headers.Location?.OriginalString);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("geolab", created["slug"]!.GetValue<string>());
        var organisations = created["organisations"]!.AsArray()
            .Select(o => (o!["role"]!.GetValue<string>(), o["acronym"]!.GetValue<string>(), o["name"]!["en"]!.GetValue<string>())).ToList();
        Assert.Equal(
            [("funder", "DEVB", "Development Bureau"), ("operator", "TWGHs", "Tung Wah Group of Hospitals"), ("establisher", "DEVB", "Development Bureau")],
            organisations);
    }

    [Fact]
    public async Task PutProgramme_ChangingOnlyOrganisations_ChangesETagAndRefusesTheStaleOne()
    {
        var first = await api.AddOrganisationAsync("First Organiser");
        var second = await api.AddOrganisationAsync("Second Organiser");
        var id = (await CreateAsync(Programme("Organised Programme", (first, "organiser"))))["id"]!.GetValue<Guid>();
        var stale = (await api.Anonymous().GetAsync($"{Programmes}/{id}")).Headers.ETag!.Tag;

        var changed = await api.As("editor").PutJsonAsync($"{Programmes}/{id}", Programme("Organised Programme", (second, "organiser")), stale);
        var late = await api.As("editor").PutJsonAsync($"{Programmes}/{id}", Programme("Organised Programme", (first, "sponsor")), stale);

        var updated = await changed.AssertJsonAsync(HttpStatusCode.OK);
        Assert.NotEqual(stale, changed.Headers.ETag!.Tag);
        Assert.Equal(second, updated["organisations"]![0]!["organisationId"]!.GetValue<Guid>());
        await late.AssertProblemAsync(HttpStatusCode.PreconditionFailed, "precondition_failed");
        var stored = await (await api.Anonymous().GetAsync($"{Programmes}/{id}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(second, stored["organisations"]!.AsArray().Single()!["organisationId"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task PutProgramme_WithTheSameOrganisations_Succeeds()
    {
        var organiser = await api.AddOrganisationAsync("Steady Organiser");
        var id = (await CreateAsync(Programme("Steady Programme", (organiser, "organiser"))))["id"]!.GetValue<Guid>();

        var response = await api.As("editor").PutJsonAsync($"{Programmes}/{id}", Programme("Steady Programme Renamed", (organiser, "organiser")));

        var updated = await response.AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Steady Programme Renamed", updated["name"]!["en"]!.GetValue<string>());
        Assert.Single(updated["organisations"]!.AsArray());
    }

    [Fact]
    public async Task GetProgramme_WithCurrentETag_Returns304()
    {
        var id = (await CreateAsync(Programme("Cached Programme")))["id"]!.GetValue<Guid>();
        var first = await api.Anonymous().GetAsync($"{Programmes}/{id}");
        var request = new HttpRequestMessage(HttpMethod.Get, $"{Programmes}/{id}");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var response = await api.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task PostProgramme_WithoutToken_Returns401()
    {
        await (await api.Anonymous().PostJsonAsync(Programmes, Programme("Anonymous Programme")))
            .AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task DeleteProgramme_AsEditor_Returns403AndAsAdminDeletesItAndItsOrganisations()
    {
        var organiser = await api.AddOrganisationAsync("Deleted Programme Organiser");
        var id = (await CreateAsync(Programme("Deleted Programme", (organiser, "organiser"))))["id"]!.GetValue<Guid>();

        await (await api.As("editor").DeleteAsync($"{Programmes}/{id}")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(HttpStatusCode.NoContent, (await api.As("admin").DeleteAsync($"{Programmes}/{id}")).StatusCode);
        await (await api.Anonymous().GetAsync($"{Programmes}/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_WithOrganisationIdAndPaging_ReturnsTheOrganisationsProgrammesOnceInSlugOrder()
    {
        var shared = await api.AddOrganisationAsync("Shared Sponsor", "SHS");
        var other = await api.AddOrganisationAsync("Other Sponsor");
        await CreateAsync(Programme("Listed C", (shared, "sponsor")));
        await CreateAsync(Programme("Listed A", (other, "organiser"), (shared, "funder")));
        await CreateAsync(Programme("Listed B", (shared, "sponsor"), (shared, "funder")));
        await CreateAsync(Programme("Listed D", (other, "sponsor")));

        var first = await (await api.Anonymous().GetAsync($"{Programmes}?organisationId={shared}&limit=2")).AssertJsonAsync(HttpStatusCode.OK);
        var cursor = first["nextCursor"]!.GetValue<string>();
        var second = await (await api.Anonymous().GetAsync($"{Programmes}?organisationId={shared}&limit=2&cursor={cursor}")).AssertJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["listed-a", "listed-b"], first["items"]!.AsArray().Select(i => i!["slug"]!.GetValue<string>()));
        Assert.Equal(["listed-c"], second["items"]!.AsArray().Select(i => i!["slug"]!.GetValue<string>()));
        Assert.Null(second["nextCursor"]);
        Assert.Equal("SHS", first["items"]![1]!["organisations"]![0]!["acronym"]!.GetValue<string>());
        Assert.Equal(["listed-d"], await SlugsAsync($"?organisationId={other}&cursor={cursor}"));
    }

    public static TheoryData<string, string, string> InvalidBodies => new()
    {
        // name, the JSON body, the field named
        { "unknown organisation", Programme("Valid Programme", (Guid.NewGuid(), "organiser")).ToJsonString(), "organisations[0].organisationId" },
        { "10,000-character name", With("name", new JsonObject { ["en"] = new string('x', 10_000) }), "name.en" },
        { "empty name", With("name", new JsonObject()), "name" },
        { "relative website", With("websiteUrl", JsonValue.Create("/geolab")), "websiteUrl" },
        { "unknown role", With("organisations", new JsonArray(new JsonObject { ["organisationId"] = Guid.NewGuid().ToString(), ["role"] = "landlord" })), "organisations[0].role" },
    };

    private static string With(string field, JsonNode value)
    {
        var body = Programme("Valid Programme");
        body[field] = value;
        return body.ToJsonString();
    }

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task PostProgramme_WithBadInput_Returns400NamingTheFieldAndWritesNothing(string name, string json, string field)
    {
        var before = await CountAsync();

        var response = await api.As("editor").PostAsync(Programmes, new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.ErrorKeys().Contains(field), $"{name}: expected {field} in {string.Join(", ", problem.ErrorKeys())}");
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task PostProgramme_WithTheSameOrganisationTwiceInOneRole_Returns400AndWritesNothing()
    {
        var organiser = await api.AddOrganisationAsync("Twice Organiser");
        var before = await CountAsync();

        var response = await api.As("editor").PostJsonAsync(Programmes,
            Programme("Twice Programme", (organiser, "organiser"), (organiser, "sponsor"), (organiser, "organiser")));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("organisations[2]", problem.ErrorKeys());
        Assert.Equal(before, await CountAsync());
    }
}
