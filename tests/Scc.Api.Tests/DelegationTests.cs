using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Scc.Api.Tests.Support;
using Scc.Domain.Common;
using Scc.Domain.People;

namespace Scc.Api.Tests;

public sealed class DelegationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Delegations = "/api/v1/delegations";

    private async Task<JsonObject> CreateAsync(JsonObject body)
    {
        var response = await api.As("editor").PostJsonAsync(Delegations, body);
        return await response.AssertJsonAsync(HttpStatusCode.Created);
    }

    private async Task<string> CreatePublishedAsync(JsonObject body)
    {
        var id = (await CreateAsync(body))["id"]!.GetValue<string>();
        await (await api.As("editor").PostAsync($"{Delegations}/{id}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);
        return id;
    }

    private static List<string> Titles(JsonObject page) =>
        page["items"]!.AsArray().Select(i => i!["title"]!["en"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task PostDelegation_AsEditor_Returns201DraftWithParticipantsDescribed()
    {
        var scc = await api.OrganisationAsync("SCC", "Smart City Consortium");
        var gary = await api.PersonAsync("Gary Yeung", "Mr", [new Appointment(new LocalizedText("President, Smart City Consortium", null), scc)]);
        var body = DelegationBodies.Visit("Hong Kong Smart City Delegation to Bangkok",
            participants: [DelegationBodies.Person(gary, "leader"), DelegationBodies.Organisation(scc)],
            itinerary: [new JsonObject { ["date"] = "2023-07-13", ["place"] = new JsonObject { ["en"] = "Thailand Digital Valley" } }]);

        var response = await api.As("editor").PostJsonAsync(Delegations, body);

        var created = await response.AssertJsonAsync(HttpStatusCode.Created);
        Assert.Equal($"{Delegations}/{created["id"]}", response.Headers.Location?.OriginalString);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("draft", created["status"]!.GetValue<string>());
        Assert.Equal("hong-kong-smart-city-delegation-to-bangkok", created["slug"]!.GetValue<string>());
        var leader = created["participants"]![0]!;
        Assert.Equal("leader", leader["role"]!.GetValue<string>());
        Assert.Equal("Gary Yeung", leader["name"]!["en"]!.GetValue<string>());
        Assert.Equal("Mr", leader["honorific"]!.GetValue<string>());
        Assert.Equal("President, Smart City Consortium", leader["titles"]![0]!["en"]!.GetValue<string>());
        var organiser = created["participants"]![1]!;
        Assert.Equal("SCC", organiser["acronym"]!.GetValue<string>());
        Assert.Equal("Smart City Consortium", organiser["name"]!["en"]!.GetValue<string>());
        Assert.Equal("2023-07-13", created["itinerary"]![0]!["date"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostDelegation_TwiceWithATitleAsLongAsASlugMayBe_NumbersTheSecondWithinTheSlugsLength()
    {
        var title = "Smart City Delegation " + string.Join(' ', Enumerable.Repeat("Greater Bay Area", 8));

        var first = await CreateAsync(DelegationBodies.Visit(title));
        var second = await CreateAsync(DelegationBodies.Visit(title));

        var slug = second["slug"]!.GetValue<string>();
        Assert.Equal(120, first["slug"]!.GetValue<string>().Length);
        Assert.EndsWith("-2", slug, StringComparison.Ordinal);
        Assert.True(slug.Length <= 120, slug);
    }

    [Fact]
    public async Task GetDelegation_ByIdAndSlug_AnonymousSeesOnlyPublished()
    {
        var created = await CreateAsync(DelegationBodies.Visit("Slug Lookup Visit"));
        var id = created["id"]!.GetValue<string>();

        await (await api.Anonymous().GetAsync($"{Delegations}/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await api.As("editor").GetAsync($"{Delegations}/by-slug/slug-lookup-visit")).AssertJsonAsync(HttpStatusCode.OK);
        await (await api.As("editor").PostAsync($"{Delegations}/{id}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);

        var bySlug = await (await api.Anonymous().GetAsync($"{Delegations}/by-slug/slug-lookup-visit")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(id, bySlug["id"]!.GetValue<string>());
        Assert.Equal("published", bySlug["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetDelegation_WithMatchingIfNoneMatch_Returns304()
    {
        var id = await CreatePublishedAsync(DelegationBodies.Visit("Cached Visit"));
        var first = await api.Anonymous().GetAsync($"{Delegations}/{id}");
        var etag = first.Headers.ETag!;

        var request = new HttpRequestMessage(HttpMethod.Get, $"{Delegations}/{id}");
        request.Headers.IfNoneMatch.Add(etag);
        var second = await api.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task PutDelegation_WithStaleIfMatch_Returns412AndCurrentIfMatchSucceeds()
    {
        var response = await api.As("editor").PostJsonAsync(Delegations, DelegationBodies.Visit("Concurrent Visit"));
        var id = (await response.AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        var etag = response.Headers.ETag!.ToString();
        var editor = api.As("editor");

        var first = await editor.PutJsonAsync($"{Delegations}/{id}", DelegationBodies.Visit("Concurrent Visit, renamed"), etag);
        var stale = await editor.PutJsonAsync($"{Delegations}/{id}", DelegationBodies.Visit("Concurrent Visit, lost update"), etag);

        var updated = await first.AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Concurrent Visit, renamed", updated["title"]!["en"]!.GetValue<string>());
        await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed, "precondition_failed");
    }

    [Fact]
    public async Task Transitions_WhenIllegal_Return409InvalidTransition()
    {
        var editor = api.As("editor");
        var id = await CreatePublishedAsync(DelegationBodies.Visit("Transition Visit"));

        await (await editor.PostAsync($"{Delegations}/{id}/publish", null)).AssertProblemAsync(HttpStatusCode.Conflict, "invalid_transition");
        var cancelled = await (await editor.PostJsonAsync($"{Delegations}/{id}/cancel", new JsonObject { ["note"] = new JsonObject { ["en"] = "Typhoon" } }))
            .AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("cancelled", cancelled["status"]!.GetValue<string>());
        Assert.Equal("Typhoon", cancelled["statusNote"]!["en"]!.GetValue<string>());
        await (await editor.PostAsync($"{Delegations}/{id}/cancel", null)).AssertProblemAsync(HttpStatusCode.Conflict, "invalid_transition");
        await (await editor.PostAsync($"{Delegations}/{id}/publish", null)).AssertProblemAsync(HttpStatusCode.Conflict, "invalid_transition");
    }

    [Fact]
    public async Task DeleteDelegation_IsForAdminsAndOnlyForDraftsOrCancelled()
    {
        var published = await CreatePublishedAsync(DelegationBodies.Visit("Published Visit To Keep"));
        var draft = (await CreateAsync(DelegationBodies.Visit("Draft Visit To Delete")))["id"]!.GetValue<string>();
        var admin = api.As("admin");

        await (await api.Anonymous().DeleteAsync($"{Delegations}/{draft}")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await api.As("editor").DeleteAsync($"{Delegations}/{draft}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.DeleteAsync($"{Delegations}/{published}")).AssertProblemAsync(HttpStatusCode.Conflict, "delegation_not_deletable");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{Delegations}/{draft}")).StatusCode);
        await (await admin.GetAsync($"{Delegations}/{draft}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    public static TheoryData<string, string> BadBodies() => new()
    {
        { "itinerary-outside", "itinerary[1].date" },
        { "end-before-start", "endDate" },
        { "unknown-person", "participants[0].personId" },
        { "both-ids", "participants[0]" },
        { "unknown-role", "participants[0].role" },
        { "bad-time-zone", "timeZone" },
        { "no-title", "title" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task PostDelegation_WithBadInput_Returns400NamingTheFieldAndWritesNothing(string kind, string field)
    {
        var organisation = await api.OrganisationAsync("ORG", "Some Organisation");
        var body = DelegationBodies.Visit("Bad Input Visit");
        switch (kind)
        {
            case "itinerary-outside":
                body["itinerary"] = new JsonArray(
                    new JsonObject { ["date"] = "2023-07-13", ["place"] = new JsonObject { ["en"] = "Inside" } },
                    new JsonObject { ["date"] = "2023-07-15", ["place"] = new JsonObject { ["en"] = "Outside" } });
                break;
            case "end-before-start":
                body["endDate"] = "2023-07-12";
                break;
            case "unknown-person":
                body["participants"] = new JsonArray(DelegationBodies.Person(Guid.NewGuid(), "leader"));
                break;
            case "both-ids":
                body["participants"] = new JsonArray(new JsonObject
                {
                    ["personId"] = (await api.PersonAsync("Both Ids", null, [])).ToString(), ["organisationId"] = organisation.ToString(), ["role"] = "member",
                });
                break;
            case "unknown-role":
                body["participants"] = new JsonArray(new JsonObject { ["organisationId"] = organisation.ToString(), ["role"] = "chief" });
                break;
            case "bad-time-zone":
                body["timeZone"] = "UTC+7";
                break;
            case "no-title":
                body["title"] = new JsonObject();
                break;
        }
        var before = await api.WithDbAsync(db => db.Delegations.CountAsync());

        var problem = await (await api.As("editor").PostJsonAsync(Delegations, body)).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(field, problem.ErrorKeys());
        Assert.Equal(before, await api.WithDbAsync(db => db.Delegations.CountAsync()));
    }

    [Fact]
    public async Task ListDelegations_FiltersByCountryCityDatesPersonOrganisationAndWhen()
    {
        var quat = await api.PersonAsync("Elizabeth Quat", "Hon", []);
        var bureau = await api.OrganisationAsync("EEB", "Environment and Ecology Bureau");
        await CreatePublishedAsync(DelegationBodies.Visit("Filter Hefei Visit", "2023-07-18", "2023-07-23", "CN", "Hefei", "合肥",
            participants: [DelegationBodies.Person(quat, "leader")]));
        await CreatePublishedAsync(DelegationBodies.Visit("Filter Guangzhou Visit", "2023-08-07", "2023-08-09", "CN", "Guangzhou", "廣州",
            participants: [DelegationBodies.Organisation(bureau, "coordinator")]));
        await CreatePublishedAsync(DelegationBodies.Visit("Filter Hanoi Visit", "2099-03-01", "2099-03-02", "VN", "Hanoi"));
        await CreateAsync(DelegationBodies.Visit("Filter Draft Visit", "2023-07-01", "2023-07-02", "VN", "Hanoi"));
        var anonymous = api.Anonymous();

        async Task<IReadOnlyList<string>> ListAsync(string query) =>
            Titles(await (await anonymous.GetAsync($"{Delegations}?{query}")).AssertJsonAsync(HttpStatusCode.OK)).Where(t => t.StartsWith("Filter", StringComparison.Ordinal)).ToList();

        Assert.Equal(["Filter Hanoi Visit"], await ListAsync("country=vn"));
        Assert.Equal(["Filter Hefei Visit"], await ListAsync("city=HEFEI"));
        Assert.Equal(["Filter Guangzhou Visit"], await ListAsync("city=廣州"));
        Assert.Equal(["Filter Guangzhou Visit"], await ListAsync("from=2023-08-01&to=2023-08-31"));
        Assert.Equal(["Filter Hefei Visit"], await ListAsync($"personId={quat}"));
        Assert.Equal(["Filter Guangzhou Visit"], await ListAsync($"organisationId={bureau}"));
        Assert.Equal(["Filter Hanoi Visit"], await ListAsync("when=upcoming"));
        Assert.Equal(["Filter Hefei Visit", "Filter Guangzhou Visit"], await ListAsync("when=past&country=CN"));
        Assert.Equal(["Filter Guangzhou Visit", "Filter Hefei Visit"], await ListAsync("country=CN&sort=-startDate"));
        var staff = Titles(await (await api.As("editor").GetAsync($"{Delegations}?country=VN")).AssertJsonAsync(HttpStatusCode.OK));
        Assert.Equal(["Filter Draft Visit", "Filter Hanoi Visit"], staff);
    }

    [Theory]
    [InlineData("when=soon", "when")]
    [InlineData("from=13-07-2023", "from")]
    [InlineData("country=THA", "country")]
    [InlineData("sort=title", "sort")]
    [InlineData("cursor=nonsense", "cursor")]
    [InlineData("limit=0", "limit")]
    public async Task ListDelegations_WithUnknownFilterValue_Returns400NamingIt(string query, string field)
    {
        var problem = await (await api.Anonymous().GetAsync($"{Delegations}?{query}")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Contains(field, problem.ErrorKeys());
    }

    [Fact]
    public async Task ListDelegations_PagesThroughEveryItemOnceInStartDateOrder()
    {
        var marker = await api.OrganisationAsync("PAGE", "Paging Organisation");
        string[] starts = ["2023-01-05", "2023-01-03", "2023-01-03", "2023-01-01", "2023-01-04"];
        for (var i = 0; i < starts.Length; i++)
            await CreatePublishedAsync(DelegationBodies.Visit($"Paged Visit {i}", starts[i], starts[i], participants: [DelegationBodies.Organisation(marker)]));

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var url = $"{Delegations}?organisationId={marker}&limit=2" + (cursor is null ? "" : $"&cursor={cursor}");
            var page = await (await api.Anonymous().GetAsync(url)).AssertJsonAsync(HttpStatusCode.OK);
            seen.AddRange(page["items"]!.AsArray().Select(i => i!["startDate"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(starts.Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task DutyVisit_WithTwoGroups_ShowsEachGroupWithItsOwnLeader()
    {
        var quat = await api.PersonAsync("Elizabeth Quat", "Hon", [new Appointment(new LocalizedText("Chairman, LegCo Panel on Environmental Affairs", null))]);
        var tse = await api.PersonAsync("Tse Chin-wan", "Mr", [new Appointment(new LocalizedText("Secretary for Environment and Ecology", null))]);
        var member = await api.PersonAsync("Panel Member", "Hon", []);
        const string panel = "Delegation of the Legislative Council Panel on Environmental Affairs";
        const string bureau = "Delegation of the Environment and Ecology Bureau";
        var body = DelegationBodies.Visit("Duty visit to Guangzhou, Foshan, Shenzhen and Daya Bay", "2023-08-07", "2023-08-09", "CN", "Guangzhou",
            participants: [DelegationBodies.Person(quat, "leader", panel), DelegationBodies.Person(member, "member", panel), DelegationBodies.Person(tse, "leader", bureau)]);
        body["destinations"]!.AsArray().Add(new JsonObject { ["city"] = new JsonObject { ["en"] = "Shenzhen" }, ["countryCode"] = "CN" });

        var created = await CreateAsync(body);

        var leaders = created["participants"]!.AsArray()
            .Where(p => p!["role"]!.GetValue<string>() == "leader")
            .Select(p => (Group: p!["group"]!["en"]!.GetValue<string>(), Name: p["name"]!["en"]!.GetValue<string>()))
            .ToList();
        Assert.Equal([(panel, "Elizabeth Quat"), (bureau, "Tse Chin-wan")], leaders);
        Assert.Equal(2, created["destinations"]!.AsArray().Count);
    }

    [Fact]
    public async Task Participant_WithTwoAppointmentsInSequence_ShowsTheTitleHeldOnTheStartDate()
    {
        var person = await api.PersonAsync("Title Changer", "Dr", [
            new Appointment(new LocalizedText("Vice-President", null), From: new DateOnly(2020, 1, 1), To: new DateOnly(2023, 6, 30)),
            new Appointment(new LocalizedText("President", null), From: new DateOnly(2023, 7, 1)),
        ]);

        var before = await CreateAsync(DelegationBodies.Visit("Visit In May 2023", "2023-05-10", "2023-05-11", participants: [DelegationBodies.Person(person, "leader")]));
        var after = await CreateAsync(DelegationBodies.Visit("Visit In July 2023", "2023-07-13", "2023-07-14", participants: [DelegationBodies.Person(person, "leader")]));

        Assert.Equal(["Vice-President"], before["participants"]![0]!["titles"]!.AsArray().Select(t => t!["en"]!.GetValue<string>()));
        Assert.Equal(["President"], after["participants"]![0]!["titles"]!.AsArray().Select(t => t!["en"]!.GetValue<string>()));
    }
}
