using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Scc.Api.Tests.Support;
using Scc.Domain.Common;
using Scc.Domain.People;

namespace Scc.Api.Tests;

public sealed class MouTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Mous = "/api/v1/mous";

    private async Task<(Guid First, Guid Second)> PartiesAsync() =>
        (await api.OrganisationAsync("depa", "Digital Economy Promotion Agency"), await api.OrganisationAsync("SCC", "Smart City Consortium"));

    private async Task<JsonObject> CreateAsync(JsonObject body) =>
        await (await api.As("editor").PostJsonAsync(Mous, body)).AssertJsonAsync(HttpStatusCode.Created);

    private async Task<string> CreatePublishedAsync(JsonObject body)
    {
        var id = (await CreateAsync(body))["id"]!.GetValue<string>();
        await (await api.As("editor").PostAsync($"{Mous}/{id}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);
        return id;
    }

    [Fact]
    public async Task PostMou_AsEditor_Returns201WithPartiesSignatoriesAndFacilitatorDescribed()
    {
        var (depa, scc) = await PartiesAsync();
        var hktdc = await api.OrganisationAsync("HKTDC", "Hong Kong Trade Development Council");
        var gary = await api.PersonAsync("Gary Yeung", "Mr", [
            new Appointment(new LocalizedText("Vice-President, SCC", null), From: new DateOnly(2018, 1, 1), To: new DateOnly(2021, 12, 31)),
            new Appointment(new LocalizedText("President, SCC", null), From: new DateOnly(2022, 1, 1)),
        ]);
        var body = DelegationBodies.Mou(depa, scc, "MoU between depa and SCC",
            firstSignatory: new JsonObject
            {
                ["name"] = new JsonObject { ["en"] = "Dr. Nuttapon Nimmanphatcharin" },
                ["title"] = new JsonObject { ["en"] = "President and CEO, depa" },
            });
        body["parties"]![1]!["signatory"] = new JsonObject { ["personId"] = gary.ToString() };
        body["facilitatorOrganisationId"] = hktdc.ToString();
        body["signedAt"] = new JsonObject { ["place"] = new JsonObject { ["en"] = "Bangkok" }, ["countryCode"] = "TH" };

        var response = await api.As("editor").PostJsonAsync(Mous, body);

        var created = await response.AssertJsonAsync(HttpStatusCode.Created);
        Assert.Equal($"{Mous}/{created["id"]}", response.Headers.Location?.OriginalString);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("draft", created["visibility"]!.GetValue<string>());
        Assert.Equal("active", created["status"]!.GetValue<string>());
        Assert.Equal("mou-between-depa-and-scc", created["slug"]!.GetValue<string>());
        var parties = created["parties"]!.AsArray();
        Assert.Equal("depa", parties[0]!["acronym"]!.GetValue<string>());
        Assert.Equal("President and CEO, depa", parties[0]!["signatory"]!["title"]!["en"]!.GetValue<string>());
        Assert.Equal("Smart City Consortium", parties[1]!["name"]!["en"]!.GetValue<string>());
        Assert.Equal("Gary Yeung", parties[1]!["signatory"]!["name"]!["en"]!.GetValue<string>());
        Assert.Equal("President, SCC", parties[1]!["signatory"]!["title"]!["en"]!.GetValue<string>());
        Assert.Equal("HKTDC", created["facilitator"]!["acronym"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostMou_TwiceWithATitleAsLongAsASlugMayBe_NumbersTheSecondWithinTheSlugsLength()
    {
        var (depa, scc) = await PartiesAsync();
        var title = "MoU on smart city collaboration " + string.Join(' ', Enumerable.Repeat("Greater Bay Area", 8));

        await CreateAsync(DelegationBodies.Mou(depa, scc, title));
        var second = await CreateAsync(DelegationBodies.Mou(depa, scc, title));

        var slug = second["slug"]!.GetValue<string>();
        Assert.EndsWith("-2", slug, StringComparison.Ordinal);
        Assert.True(slug.Length <= 120, slug);
    }

    [Fact]
    public async Task GetMou_ByIdAndSlug_AnonymousSeesOnlyPublishedAndGets304()
    {
        var (depa, scc) = await PartiesAsync();
        var id = (await CreateAsync(DelegationBodies.Mou(depa, scc, "Visibility MoU")))["id"]!.GetValue<string>();
        await (await api.Anonymous().GetAsync($"{Mous}/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await api.As("editor").PostAsync($"{Mous}/{id}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);

        var first = await api.Anonymous().GetAsync($"{Mous}/by-slug/visibility-mou");
        Assert.Equal(id, (await first.AssertJsonAsync(HttpStatusCode.OK))["id"]!.GetValue<string>());
        var request = new HttpRequestMessage(HttpMethod.Get, $"{Mous}/{id}");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.NotModified, (await api.Anonymous().SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task PutMou_WithStaleIfMatch_Returns412()
    {
        var (depa, scc) = await PartiesAsync();
        var response = await api.As("editor").PostJsonAsync(Mous, DelegationBodies.Mou(depa, scc, "Concurrent MoU"));
        var id = (await response.AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        var etag = response.Headers.ETag!.ToString();
        var editor = api.As("editor");

        var first = await editor.PutJsonAsync($"{Mous}/{id}", DelegationBodies.Mou(depa, scc, "Concurrent MoU, renamed"), etag);
        var stale = await editor.PutJsonAsync($"{Mous}/{id}", DelegationBodies.Mou(depa, scc, "Concurrent MoU, lost"), etag);

        await first.AssertJsonAsync(HttpStatusCode.OK);
        await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed, "precondition_failed");
    }

    public static TheoryData<string, string> BadBodies() => new()
    {
        { "one-party", "parties" },
        { "same-party-twice", "parties" },
        { "expires-before-effective", "expiresOn" },
        { "unknown-organisation", "parties[1].organisationId" },
        { "unknown-signatory", "parties[0].signatory.personId" },
        { "unknown-delegation", "delegationId" },
        { "signatory-without-name", "parties[0].signatory" },
        { "bad-date", "signedOn" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task PostMou_WithBadInput_Returns400NamingTheFieldAndWritesNothing(string kind, string field)
    {
        var (depa, scc) = await PartiesAsync();
        var body = DelegationBodies.Mou(depa, scc, "Bad MoU");
        switch (kind)
        {
            case "one-party":
                body["parties"]!.AsArray().RemoveAt(1);
                break;
            case "same-party-twice":
                body = DelegationBodies.Mou(depa, depa, "Bad MoU");
                break;
            case "expires-before-effective":
                body["effectiveFrom"] = "2023-08-01";
                body["expiresOn"] = "2023-07-31";
                break;
            case "unknown-organisation":
                body = DelegationBodies.Mou(depa, Guid.NewGuid(), "Bad MoU");
                break;
            case "unknown-signatory":
                body["parties"]![0]!["signatory"] = new JsonObject { ["personId"] = Guid.NewGuid().ToString() };
                break;
            case "unknown-delegation":
                body["delegationId"] = Guid.NewGuid().ToString();
                break;
            case "signatory-without-name":
                body["parties"]![0]!["signatory"] = new JsonObject { ["title"] = new JsonObject { ["en"] = "President" } };
                break;
            case "bad-date":
                body["signedOn"] = "13 July 2023";
                break;
        }
        var before = await api.WithDbAsync(db => db.Mous.CountAsync());

        var problem = await (await api.As("editor").PostJsonAsync(Mous, body)).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(field, problem.ErrorKeys());
        Assert.Equal(before, await api.WithDbAsync(db => db.Mous.CountAsync()));
    }

    [Fact]
    public async Task Status_IsDerivedFromDatesAndFiltersTheList()
    {
        var (depa, scc) = await PartiesAsync();
        var active = await CreatePublishedAsync(DelegationBodies.Mou(depa, scc, "Active MoU", "2023-07-13"));
        var expired = await CreatePublishedAsync(DelegationBodies.Mou(depa, scc, "Expired MoU", "2020-01-01", expiresOn: "2022-12-31"));
        var pending = await CreatePublishedAsync(DelegationBodies.Mou(depa, scc, "Pending MoU", "2023-07-13", effectiveFrom: "2099-01-01"));
        var terminated = await CreatePublishedAsync(DelegationBodies.Mou(depa, scc, "Terminated MoU", "2021-05-01"));
        var ended = await (await api.As("editor").PostJsonAsync($"{Mous}/{terminated}/terminate",
            new JsonObject { ["terminatedOn"] = "2022-05-01", ["note"] = new JsonObject { ["en"] = "By mutual agreement." } })).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("terminated", ended["status"]!.GetValue<string>());
        Assert.Equal("2022-05-01", ended["terminatedOn"]!.GetValue<string>());

        async Task<string> StatusOfAsync(string id) =>
            (await (await api.Anonymous().GetAsync($"{Mous}/{id}")).AssertJsonAsync(HttpStatusCode.OK))["status"]!.GetValue<string>();
        async Task<IReadOnlyList<string>> IdsWithStatusAsync(string status) =>
            (await (await api.Anonymous().GetAsync($"{Mous}?partyId={depa}&status={status}")).AssertJsonAsync(HttpStatusCode.OK))["items"]!
                .AsArray().Select(i => i!["id"]!.GetValue<string>()).ToList();

        Assert.Equal("active", await StatusOfAsync(active));
        Assert.Equal("expired", await StatusOfAsync(expired));
        Assert.Equal("pending", await StatusOfAsync(pending));
        Assert.Equal([active], await IdsWithStatusAsync("active"));
        Assert.Equal([expired], await IdsWithStatusAsync("expired"));
        Assert.Equal([pending], await IdsWithStatusAsync("pending"));
        Assert.Equal([terminated], await IdsWithStatusAsync("terminated"));
        await (await api.Anonymous().GetAsync($"{Mous}?status=ongoing")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Terminate_WhenAlreadyTerminatedOrBeforeSigning_IsRefused()
    {
        var (depa, scc) = await PartiesAsync();
        var id = (await CreateAsync(DelegationBodies.Mou(depa, scc, "Terminate Twice MoU", "2023-07-13")))["id"]!.GetValue<string>();
        var editor = api.As("editor");

        var early = await editor.PostJsonAsync($"{Mous}/{id}/terminate", new JsonObject { ["terminatedOn"] = "2023-07-12" });
        Assert.Contains("terminatedOn", (await early.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys());
        await (await editor.PostJsonAsync($"{Mous}/{id}/terminate", new JsonObject { ["terminatedOn"] = "2024-01-01" })).AssertJsonAsync(HttpStatusCode.OK);
        await (await editor.PostJsonAsync($"{Mous}/{id}/terminate", new JsonObject { ["terminatedOn"] = "2024-02-01" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "invalid_transition");
    }

    [Fact]
    public async Task Publish_Twice_Returns409AndDeleteIsForAdminsOnDraftsOnly()
    {
        var (depa, scc) = await PartiesAsync();
        var published = await CreatePublishedAsync(DelegationBodies.Mou(depa, scc, "Published MoU"));
        var draft = (await CreateAsync(DelegationBodies.Mou(depa, scc, "Draft MoU")))["id"]!.GetValue<string>();
        var admin = api.As("admin");

        await (await api.As("editor").PostAsync($"{Mous}/{published}/publish", null)).AssertProblemAsync(HttpStatusCode.Conflict, "invalid_transition");
        await (await api.Anonymous().DeleteAsync($"{Mous}/{draft}")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await api.As("editor").DeleteAsync($"{Mous}/{draft}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.DeleteAsync($"{Mous}/{published}")).AssertProblemAsync(HttpStatusCode.Conflict, "mou_not_deletable");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{Mous}/{draft}")).StatusCode);
    }

    [Fact]
    public async Task ListMous_PagesLatestSignedFirstAndFiltersBySigningDates()
    {
        var (depa, scc) = await PartiesAsync();
        string[] signed = ["2019-03-01", "2021-06-01", "2020-01-15", "2021-06-01", "2018-11-30"];
        for (var i = 0; i < signed.Length; i++) await CreatePublishedAsync(DelegationBodies.Mou(depa, scc, $"Paged MoU {i}", signed[i]));

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await (await api.Anonymous().GetAsync($"{Mous}?partyId={scc}&limit=2" + (cursor is null ? "" : $"&cursor={cursor}")))
                .AssertJsonAsync(HttpStatusCode.OK);
            seen.AddRange(page["items"]!.AsArray().Select(i => i!["signedOn"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
            pages++;
        }
        while (cursor is not null);
        var between = await (await api.Anonymous().GetAsync($"{Mous}?partyId={scc}&signedFrom=2019-01-01&signedTo=2020-12-31&sort=signedOn"))
            .AssertJsonAsync(HttpStatusCode.OK);

        Assert.Equal(3, pages);
        Assert.Equal(signed.OrderDescending(StringComparer.Ordinal), seen);
        Assert.Equal(["2019-03-01", "2020-01-15"], between["items"]!.AsArray().Select(i => i!["signedOn"]!.GetValue<string>()));
    }

    [Fact]
    public async Task MouLinks_ShowOnTheDelegationAndKeepTheLinkedEventAndDelegationFromDeletion()
    {
        var (depa, scc) = await PartiesAsync();
        var admin = api.As("admin");
        var delegation = (await (await admin.PostJsonAsync("/api/v1/delegations", DelegationBodies.Visit("Linked Delegation"))).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        var evt = (await (await admin.PostJsonAsync("/api/v1/events", EventBodies.Seminar("Linked Follow-up Seminar"))).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        var body = DelegationBodies.Mou(depa, scc, "Linked MoU");
        body["delegationId"] = delegation;
        body["followUpEventIds"] = new JsonArray(evt);
        var mou = (await CreateAsync(body))["id"]!.GetValue<string>();

        var shown = await (await admin.GetAsync($"/api/v1/delegations/{delegation}")).AssertJsonAsync(HttpStatusCode.OK);

        Assert.Equal([mou], shown["mouIds"]!.AsArray().Select(i => i!.GetValue<string>()));
        await (await admin.DeleteAsync($"/api/v1/delegations/{delegation}")).AssertProblemAsync(HttpStatusCode.Conflict, "delegation_in_use");
        await (await admin.DeleteAsync($"/api/v1/events/{evt}")).AssertProblemAsync(HttpStatusCode.Conflict, "event_in_use");
    }
}
