using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

public sealed class FundingProgrammeTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string FundingProgrammes = "/api/v1/funding-programmes";

    private static JsonObject Programme(string name, string? acronym = null, Guid? funder = null, string? zhName = null)
    {
        var body = new JsonObject
        {
            ["name"] = new JsonObject { ["en"] = name, ["zh-Hant"] = zhName },
            ["disclaimer"] = new JsonObject
            {
                ["en"] = "Any opinions expressed do not reflect the views of the Government.",
                ["zh-Hant"] = "任何意見並不代表政府的觀點。",
            },
        };
        if (acronym is not null) body["acronym"] = acronym;
        if (funder is not null) body["funderOrganisationId"] = funder.Value.ToString();
        return body;
    }

    private async Task<JsonObject> CreateAsync(JsonObject body) =>
        await (await api.As("editor").PostJsonAsync(FundingProgrammes, body)).AssertJsonAsync(HttpStatusCode.Created);

    private async Task<List<string>> SlugsAsync(string query)
    {
        var page = await (await api.Anonymous().GetAsync(FundingProgrammes + query)).AssertJsonAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray().Select(i => i!["slug"]!.GetValue<string>()).ToList();
    }

    private Task<int> CountAsync() => api.WithDbAsync(db => db.FundingProgrammes.CountAsync());

    [Fact]
    public async Task PostFundingProgramme_AsEditor_Returns201WithEverythingAndETag()
    {
        var tid = await api.AddOrganisationAsync("Trade and Industry Department", "TID");

        var response = await api.As("editor").PostJsonAsync(FundingProgrammes,
            Programme("Trade and Industrial Organisation Support Fund", "TSF", tid, "工商機構支援基金"));

        var created = await response.AssertJsonAsync(HttpStatusCode.Created);
        var id = created["id"]!.GetValue<Guid>();
        Assert.Equal($"/api/v1/funding-programmes/{id}", response.Headers.Location?.OriginalString);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("trade-and-industrial-organisation-support-fund", created["slug"]!.GetValue<string>());
        Assert.Equal("TSF", created["acronym"]!.GetValue<string>());
        Assert.Equal(tid, created["funderOrganisationId"]!.GetValue<Guid>());
        Assert.StartsWith("Any opinions", created["disclaimer"]!["en"]!.GetValue<string>(), StringComparison.Ordinal);
        var fetched = await (await api.Anonymous().GetAsync($"{FundingProgrammes}/{id}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(created.ToJsonString(), fetched.ToJsonString());
    }

    [Fact]
    public async Task GetFundingProgramme_WithCurrentETag_Returns304()
    {
        var id = (await CreateAsync(Programme("Cached Fund")))["id"]!.GetValue<Guid>();
        var first = await api.Anonymous().GetAsync($"{FundingProgrammes}/{id}");
        var request = new HttpRequestMessage(HttpMethod.Get, $"{FundingProgrammes}/{id}");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var response = await api.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task PutFundingProgramme_WithStaleETag_Returns412AndKeepsData()
    {
        var id = (await CreateAsync(Programme("Original Fund")))["id"]!.GetValue<Guid>();
        var stale = (await api.Anonymous().GetAsync($"{FundingProgrammes}/{id}")).Headers.ETag!.Tag;
        var first = await api.As("editor").PutJsonAsync($"{FundingProgrammes}/{id}", Programme("First Fund"), stale);
        Assert.NotEqual(stale, first.Headers.ETag!.Tag);

        var response = await api.As("editor").PutJsonAsync($"{FundingProgrammes}/{id}", Programme("Second Fund"), stale);

        await response.AssertProblemAsync(HttpStatusCode.PreconditionFailed, "precondition_failed");
        var stored = await (await api.Anonymous().GetAsync($"{FundingProgrammes}/{id}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("First Fund", stored["name"]!["en"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostFundingProgramme_WithoutToken_Returns401()
    {
        await (await api.Anonymous().PostJsonAsync(FundingProgrammes, Programme("Anonymous Fund")))
            .AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task DeleteFundingProgramme_AsEditor_Returns403AndAsAdminDeletes()
    {
        var id = (await CreateAsync(Programme("Deleted Fund")))["id"]!.GetValue<Guid>();

        await (await api.As("editor").DeleteAsync($"{FundingProgrammes}/{id}")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(HttpStatusCode.NoContent, (await api.As("admin").DeleteAsync($"{FundingProgrammes}/{id}")).StatusCode);
        await (await api.As("admin").DeleteAsync($"{FundingProgrammes}/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_WithQ_MatchesNameInEitherLanguageOrAcronym()
    {
        await CreateAsync(Programme("General Support Programme", "GSPQ", zhName: "一般支援計劃"));
        await CreateAsync(Programme("Unrelated Scheme"));

        Assert.Equal(["general-support-programme"], await SlugsAsync("?q=gspq"));
        Assert.Equal(["general-support-programme"], await SlugsAsync("?q=" + Uri.EscapeDataString("支援計劃")));
        Assert.Equal(["general-support-programme"], await SlugsAsync("?q=GENERAL%20SUPPORT"));
    }

    [Fact]
    public async Task List_OverSeveralPages_ReturnsEveryProgrammeOnceInSlugOrder()
    {
        foreach (var name in new[] { "Paged Fund C", "Paged Fund A", "Paged Fund B" }) await CreateAsync(Programme(name));

        var first = await (await api.Anonymous().GetAsync($"{FundingProgrammes}?q=paged%20fund&limit=2")).AssertJsonAsync(HttpStatusCode.OK);
        var cursor = first["nextCursor"]!.GetValue<string>();
        var second = await (await api.Anonymous().GetAsync($"{FundingProgrammes}?q=paged%20fund&limit=2&cursor={cursor}")).AssertJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["paged-fund-a", "paged-fund-b"], first["items"]!.AsArray().Select(i => i!["slug"]!.GetValue<string>()));
        Assert.Equal(["paged-fund-c"], second["items"]!.AsArray().Select(i => i!["slug"]!.GetValue<string>()));
        Assert.Null(second["nextCursor"]);
    }

    public static TheoryData<string, string, string> InvalidBodies => new()
    {
        // name, the JSON body, the field named
        { "unknown funder", With("funderOrganisationId", JsonValue.Create(Guid.NewGuid().ToString())), "funderOrganisationId" },
        { "10,000-character name", With("name", new JsonObject { ["en"] = new string('x', 10_000) }), "name.en" },
        { "empty name", With("name", new JsonObject()), "name" },
        { "2,001-character disclaimer", With("disclaimer", new JsonObject { ["zh-Hant"] = new string('免', 2_001) }), "disclaimer.zh-Hant" },
        { "no disclaimer", With("disclaimer", null), "disclaimer" },
        { "bad slug", With("slug", JsonValue.Create("Not A Slug")), "slug" },
    };

    private static string With(string field, JsonNode? value)
    {
        var body = Programme("Valid Fund");
        if (value is null) body.Remove(field);
        else body[field] = value;
        return body.ToJsonString();
    }

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task PostFundingProgramme_WithBadInput_Returns400NamingTheFieldAndWritesNothing(string name, string json, string field)
    {
        var before = await CountAsync();

        var response = await api.As("editor").PostAsync(FundingProgrammes, new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.ErrorKeys().Contains(field), $"{name}: expected {field} in {string.Join(", ", problem.ErrorKeys())}");
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task PostFundingProgramme_WithTakenSlug_Returns409SlugTaken()
    {
        var body = Programme("Slugged Fund");
        body["slug"] = "slugged-fund";
        await CreateAsync(body);

        var response = await api.As("editor").PostJsonAsync(FundingProgrammes, body.DeepClone());

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "slug_taken");
    }
}
