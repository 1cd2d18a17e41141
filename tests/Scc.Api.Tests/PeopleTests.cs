using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

public sealed class PeopleTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string People = "/api/v1/people";

    private static JsonObject Person(string name, string? zhName = null, params JsonObject[] appointments) => new()
    {
        ["name"] = new JsonObject { ["en"] = name, ["zh-Hant"] = zhName },
        ["honorific"] = "Dr",
        ["appointments"] = new JsonArray(appointments.Select(a => (JsonNode)a).ToArray()),
    };

    private static JsonObject Appointment(string title, Guid? organisationId = null, string? from = null, string? to = null)
    {
        var appointment = new JsonObject { ["title"] = new JsonObject { ["en"] = title } };
        if (organisationId is not null) appointment["organisationId"] = organisationId.Value.ToString();
        if (from is not null) appointment["from"] = from;
        if (to is not null) appointment["to"] = to;
        return appointment;
    }

    private async Task<JsonObject> CreateAsync(JsonObject body) =>
        await (await api.As("editor").PostJsonAsync(People, body)).AssertJsonAsync(HttpStatusCode.Created);

    private async Task<List<string>> SlugsAsync(string query)
    {
        var page = await (await api.Anonymous().GetAsync(People + query)).AssertJsonAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray().Select(i => i!["slug"]!.GetValue<string>()).ToList();
    }

    private Task<int> CountPeopleAsync() => api.WithDbAsync(db => db.People.CountAsync());

    [Fact]
    public async Task PostPerson_AsEditor_Returns201WithLocationETagAndSlugFromEnglishName()
    {
        var organisation = await api.AddOrganisationAsync("Smart City Consortium", "SCC");

        var response = await api.As("editor").PostJsonAsync(People,
            Person("Winnie Tang", "鄧淑明", Appointment("Honorary President", organisation, from: "2020-01-01")));

        var created = await response.AssertJsonAsync(HttpStatusCode.Created);
        var id = created["id"]!.GetValue<Guid>();
        Assert.Equal($"/api/v1/people/{id}", response.Headers.Location?.OriginalString);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("winnie-tang", created["slug"]!.GetValue<string>());
        Assert.Equal("鄧淑明", created["name"]!["zh-Hant"]!.GetValue<string>());
        Assert.Equal(organisation, created["appointments"]![0]!["organisationId"]!.GetValue<Guid>());
        Assert.Equal("2020-01-01", created["appointments"]![0]!["from"]!.GetValue<string>());
        Assert.Equal("Honorary President", created["currentTitles"]![0]!["title"]!["en"]!.GetValue<string>());
        Assert.Null(created["titlesOn"]);
    }

    [Fact]
    public async Task PostPerson_WithSameNameTwice_GetsNumberedSlug()
    {
        await CreateAsync(Person("Twice Named"));

        var second = await CreateAsync(Person("Twice Named"));

        Assert.Equal("twice-named-2", second["slug"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetPerson_OnADay_GivesTheTitleValidThatDayAndCurrentTitlesToday()
    {
        var created = await CreateAsync(Person("Sequence Holder", null,
            Appointment("Secretary", to: "2023-06-30"),
            Appointment("Chairman", from: "2023-07-01")));
        var id = created["id"]!.GetValue<Guid>();

        var onActivity = await (await api.Anonymous().GetAsync($"{People}/{id}?on=2023-07-13")).AssertJsonAsync(HttpStatusCode.OK);
        var dayBefore = await (await api.Anonymous().GetAsync($"{People}/{id}?on=2023-06-30")).AssertJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["Chairman"], onActivity["titlesOn"]!.AsArray().Select(t => t!["title"]!["en"]!.GetValue<string>()));
        Assert.Equal(["Secretary"], dayBefore["titlesOn"]!.AsArray().Select(t => t!["title"]!["en"]!.GetValue<string>()));
        Assert.Equal(["Chairman"], onActivity["currentTitles"]!.AsArray().Select(t => t!["title"]!["en"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("13-07-2023")]
    [InlineData("2023-02-30")]
    [InlineData("yesterday")]
    public async Task GetPerson_WithMalformedDay_Returns400NamingOn(string on)
    {
        var id = (await CreateAsync(Person("Malformed Day")))["id"]!.GetValue<Guid>();

        var response = await api.Anonymous().GetAsync($"{People}/{id}?on={on}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("on", problem.ErrorKeys());
    }

    [Fact]
    public async Task GetPerson_UnknownId_Returns404()
    {
        await (await api.Anonymous().GetAsync($"{People}/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task GetPerson_WithCurrentETag_Returns304()
    {
        var id = (await CreateAsync(Person("Cached Person")))["id"]!.GetValue<Guid>();
        var first = await api.Anonymous().GetAsync($"{People}/{id}");
        var request = new HttpRequestMessage(HttpMethod.Get, $"{People}/{id}");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var response = await api.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(first.Headers.ETag, response.Headers.ETag);
    }

    [Fact]
    public async Task PutPerson_WithCurrentETag_UpdatesAndChangesETag()
    {
        var id = (await CreateAsync(Person("Before Rename")))["id"]!.GetValue<Guid>();
        var etag = (await api.Anonymous().GetAsync($"{People}/{id}")).Headers.ETag!.Tag;

        var response = await api.As("editor").PutJsonAsync($"{People}/{id}", Person("After Rename"), etag);

        var updated = await response.AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("After Rename", updated["name"]!["en"]!.GetValue<string>());
        Assert.Equal("before-rename", updated["slug"]!.GetValue<string>());
        Assert.NotEqual(etag, response.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task PutPerson_WithStaleETag_Returns412AndKeepsData()
    {
        var id = (await CreateAsync(Person("Original Person")))["id"]!.GetValue<Guid>();
        var stale = (await api.Anonymous().GetAsync($"{People}/{id}")).Headers.ETag!.Tag;
        (await api.As("editor").PutJsonAsync($"{People}/{id}", Person("First Writer"), stale)).EnsureSuccessStatusCode();

        var response = await api.As("editor").PutJsonAsync($"{People}/{id}", Person("Second Writer"), stale);

        await response.AssertProblemAsync(HttpStatusCode.PreconditionFailed, "precondition_failed");
        var stored = await (await api.Anonymous().GetAsync($"{People}/{id}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("First Writer", stored["name"]!["en"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostPerson_WithoutToken_Returns401AndWritesNothing()
    {
        var before = await CountPeopleAsync();

        var response = await api.Anonymous().PostJsonAsync(People, Person("Anonymous Writer"));

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal(before, await CountPeopleAsync());
    }

    [Fact]
    public async Task DeletePerson_AsEditor_Returns403AndAsAdminDeletes()
    {
        var id = (await CreateAsync(Person("Deleted Person")))["id"]!.GetValue<Guid>();

        await (await api.As("editor").DeleteAsync($"{People}/{id}")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(HttpStatusCode.NoContent, (await api.As("admin").DeleteAsync($"{People}/{id}")).StatusCode);
        await (await api.Anonymous().GetAsync($"{People}/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_WithQ_MatchesTheNameInEitherLanguageAnyCase()
    {
        await CreateAsync(Person("Searchable Lam", "林可搜"));
        await CreateAsync(Person("Other Chan", "陳其他"));

        Assert.Equal(["searchable-lam"], await SlugsAsync("?q=SEARCHABLE"));
        Assert.Equal(["searchable-lam"], await SlugsAsync("?q=" + Uri.EscapeDataString("可搜")));
        Assert.Empty(await SlugsAsync("?q=%25"));
    }

    [Fact]
    public async Task List_WithOrganisationId_ReturnsPeopleWithAnAppointmentThere()
    {
        var hkpc = await api.AddOrganisationAsync("Productivity Council", "HKPC");
        var other = await api.AddOrganisationAsync("Other Council");
        await CreateAsync(Person("Former Member", null, Appointment("Member", hkpc, "2019-01-01", "2020-12-31")));
        await CreateAsync(Person("Current Director", null, Appointment("Adviser", other), Appointment("Director", hkpc, "2021-01-01")));
        await CreateAsync(Person("Unrelated Person", null, Appointment("Member", other)));

        Assert.Equal(["current-director", "former-member"], await SlugsAsync($"?organisationId={hkpc}"));
    }

    [Fact]
    public async Task List_OverSeveralPages_ReturnsEveryPersonOnceInSlugOrder()
    {
        string[] names = ["Pager Echo", "Pager Alpha", "Pager Delta", "Pager Bravo", "Pager Charlie"];
        foreach (var name in names) await CreateAsync(Person(name));
        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;

        do
        {
            var page = await (await api.Anonymous().GetAsync($"{People}?q=pager&limit=2" + (cursor is null ? "" : "&cursor=" + cursor)))
                .AssertJsonAsync(HttpStatusCode.OK);
            seen.AddRange(page["items"]!.AsArray().Select(i => i!["slug"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(["pager-alpha", "pager-bravo", "pager-charlie", "pager-delta", "pager-echo"], seen);
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=101", "limit")]
    [InlineData("?cursor=not-a-cursor", "cursor")]
    public async Task List_WithBadQueryValue_Returns400NamingIt(string query, string field)
    {
        var problem = await (await api.Anonymous().GetAsync(People + query)).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(field, problem.ErrorKeys());
    }

    public static TheoryData<string, string, string> InvalidBodies => new()
    {
        // name, the JSON body, the field named
        { "unknown organisation", Body(Appointment("Chair", Guid.NewGuid())), "appointments[0].organisationId" },
        { "appointment ending before it starts", Body(Appointment("Chair", null, "2023-07-01", "2023-06-30")), "appointments[0].to" },
        { "10,000-character name", Body(name: new JsonObject { ["en"] = new string('x', 10_000) }), "name.en" },
        { "empty name", Body(name: new JsonObject()), "name" },
        { "no title", Body(new JsonObject { ["from"] = "2023-01-01" }), "appointments[0].title" },
        { "bad date", Body(new JsonObject { ["title"] = new JsonObject { ["en"] = "Chair" }, ["from"] = "2023-13-45" }), "appointments[0].from" },
    };

    private static string Body(JsonObject? appointment = null, JsonObject? name = null)
    {
        var body = Person("Valid Name", null, appointment is null ? [] : [appointment]);
        if (name is not null) body["name"] = name;
        return body.ToJsonString();
    }

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task PostPerson_WithBadInput_Returns400NamingTheFieldAndWritesNothing(string name, string json, string field)
    {
        var before = await CountPeopleAsync();

        var response = await api.As("editor").PostAsync(People, new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.ErrorKeys().Contains(field), $"{name}: expected {field} in {string.Join(", ", problem.ErrorKeys())}");
        Assert.Equal(before, await CountPeopleAsync());
    }

    [Fact]
    public async Task PutPerson_WithUnknownOrganisation_Returns400AndKeepsData()
    {
        var id = (await CreateAsync(Person("Kept Person")))["id"]!.GetValue<Guid>();

        var response = await api.As("editor").PutJsonAsync($"{People}/{id}", Person("Changed Person", null, Appointment("Chair", Guid.NewGuid())));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("appointments[0].organisationId", problem.ErrorKeys());
        var stored = await (await api.Anonymous().GetAsync($"{People}/{id}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Kept Person", stored["name"]!["en"]!.GetValue<string>());
    }
}
