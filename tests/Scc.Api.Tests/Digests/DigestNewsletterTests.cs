using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Scc.Api.Tests.Support;
using Scc.Application.Common;

namespace Scc.Api.Tests.Digests;

/// <summary>The digest composed from the seeded data gives back the newsletter it was seeded from.</summary>
public sealed class DigestNewsletterTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    /// <summary>The newsletter's own period: written on 15 August 2023, reviewing from May, announcing up to November.</summary>
    private const string NewsletterPeriod = "/api/v1/digests/preview?from=2023-05-01&to=2023-11-30&asOf=2023-08-15";

    private static readonly TimeZoneInfo HongKong = TimeZoneInfo.FindSystemTimeZoneById("Asia/Hong_Kong");

    private async Task<JsonObject> PreviewAsync(string url) =>
        await (await api.As("editor").GetAsync(url)).AssertJsonAsync(HttpStatusCode.OK);

    [Fact]
    public async Task Preview_ForTheNewslettersPeriod_HasEveryItemOfTheNewsletterInItsSectionWithItsFacts()
    {
        var digest = await PreviewAsync(NewsletterPeriod);

        var review = Items(digest, "review");
        var upcoming = Items(digest, "upcoming");
        var failures = new List<string>();
        foreach (var expected in NewsletterItems.All)
        {
            var section = expected.Section == "review" ? review : upcoming;
            var other = expected.Section == "review" ? upcoming : review;
            if (section.FirstOrDefault(i => Text(i["slug"]) == expected.Slug) is not { } item)
            {
                failures.Add(other.Any(i => Text(i["slug"]) == expected.Slug)
                    ? $"{expected.Slug}: in the wrong section"
                    : $"{expected.Slug}: missing");
                continue;
            }
            failures.AddRange(Check(expected, item).Select(f => $"{expected.Slug}: {f}"));
        }
        // Nothing else: the seed holds only the newsletter, so every item of the digest is one of its items.
        var expectedSlugs = NewsletterItems.All.Select(i => i.Slug).ToHashSet();
        failures.AddRange(review.Concat(upcoming).Select(i => Text(i["slug"])!).Where(s => !expectedSlugs.Contains(s)).Select(s => $"{s}: not in the newsletter"));

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(18, review.Count);
        Assert.Equal(22, upcoming.Count);
    }

    [Fact]
    public async Task Preview_ForTheNewslettersPeriod_OrdersTheReviewByDateAndPutsSccsOwnUpcomingEventsFirst()
    {
        var digest = await PreviewAsync(NewsletterPeriod);

        var reviewStarts = Items(digest, "review").Select(Start).ToList();
        Assert.Equal(reviewStarts.Order().ToList(), reviewStarts);
        var groups = Items(digest, "upcoming").Select(i => Text(i["group"])).ToList();
        Assert.Equal(["own", "own", "own"], groups.Take(3));
        Assert.All(groups.Skip(3), g => Assert.Equal("others", g));
        var others = Items(digest, "upcoming").Skip(3).Where(i => i["schedule"]!["kind"]!.GetValue<string>() != "toBeAnnounced").Select(Start).ToList();
        Assert.Equal(others.Order().ToList(), others);
    }

    [Fact]
    public async Task Preview_ForTheNewslettersPeriod_CarriesHighlightsOutcomesRegistrationAndTimes()
    {
        var digest = await PreviewAsync(NewsletterPeriod);
        var all = Items(digest, "review").Concat(Items(digest, "upcoming")).ToDictionary(i => Text(i["slug"])!);

        var fair = all["think-business-think-hong-kong-bangkok-2023"];
        Assert.Contains(fair["outcomes"]!.AsArray(), o => o!["figure"]!.GetValue<decimal>() == 2000 && Text(o["qualifier"]) == "moreThan");
        Assert.Contains(fair["highlights"]!.AsArray(), h => Text(h!["en"])!.Contains("Governor of Bangkok", StringComparison.Ordinal));
        var pavilion = all["hong-kong-smart-living-pavilion-bangkok-2023"];
        Assert.Equal("Think Business, Think Hong Kong", Text(pavilion["partOf"]!["title"]!["en"]));
        Assert.Contains(pavilion["organisations"]!.AsArray(), o => Text(o!["acronym"]) == "HKSiA" && Text(o["role"]) == "collaboratingOrganisation");
        Assert.Contains(all["hk-smart-city-delegation-bangkok-2023"]["highlights"]!.AsArray(), h => Text(h!["en"])!.Contains("Thailand Digital Valley", StringComparison.Ordinal));
        Assert.Contains(all["depa-scc-mou-2023"]["organisations"]!.AsArray(), o => Text(o!["acronym"]) == "HKTDC" && Text(o["role"]) == "facilitator");

        var training = all["data-analytics-training-2023-08-25"];
        Assert.Equal("2023-08-25T16:00:00+08:00", Text(training["schedule"]!["startsAt"]));
        Assert.Equal("2023-08-25T18:00:00+08:00", Text(training["schedule"]!["endsAt"]));
        Assert.Equal("internal", Text(training["registration"]!["mode"]));
        Assert.True(training["registration"]!["isFree"]!.GetValue<bool>());
        Assert.Equal("Data Analytics Trainings", Text(training["series"]!["title"]!["en"]));
        Assert.Equal(3, training["series"]!["position"]!.GetValue<int>());
        var hiTech = all["hong-kong-smart-city-pavilion-china-hi-tech-fair-2023"];
        Assert.Equal(2, hiTech["contacts"]!.AsArray().Count);
        Assert.Contains(hiTech["contacts"]!.AsArray(), c => Text(c!["name"]!["en"])!.Contains("Mr Ip", StringComparison.Ordinal));
        Assert.Equal("September or early October", Text(all["health-partnership-awards-2023"]["schedule"]!["note"]!["en"]));
        Assert.Equal("Zoom", Text(all["hksia-how-to-enter-thailand-it-market-online-seminar-2023-08-31"]["onlinePlatform"]));
        // Past events do not invite registration.
        Assert.Null(all["hong-kong-smart-city-seminar-bangkok-2023-07-13"]["registration"]);
    }

    [Fact]
    public async Task Preview_ForTheNewslettersPeriod_ShowsEveryoneTheNewsletterNamesAsAPersonOfTheDirectory()
    {
        var digest = await PreviewAsync(NewsletterPeriod);
        var all = Items(digest, "review").Concat(Items(digest, "upcoming")).ToList();

        // Every speaker, guest, judge, leader, member and signatory of the seed, on an item or in its sessions, is a person of the directory.
        var people = all.SelectMany(i => i["people"]!.AsArray().Concat((i["sessions"]?.AsArray() ?? []).SelectMany(s => s!["people"]!.AsArray()))
            .Select(p => (Item: Text(i["slug"]), Person: p!))).ToList();
        Assert.True(people.Count >= 29, $"expected the newsletter's people, got {people.Count}");
        Assert.All(people, p => Assert.True(p.Person["personId"] is not null, $"{p.Item}: {Text(p.Person["name"]!["en"])} is not a person of the directory"));
        var gary = people.Select(p => p.Person).Where(p => Text(p!["name"]!["en"]) == "Gary Yeung").Select(p => Text(p!["personId"])).Distinct();
        Assert.Equal([DemoDataIds.GaryYeung.ToString()], gary);
        // The pavilion invites exhibitors, and its digest entry says so.
        var pavilion = all.Single(i => Text(i["slug"]) == "hong-kong-smart-city-pavilion-china-hi-tech-fair-2023");
        Assert.Equal(["exhibitor"], pavilion["registration"]!["kinds"]!.AsArray().Select(k => k!.GetValue<string>()));
    }

    [Fact]
    public async Task Preview_WithTheIssuesPeriodEndingInOctober_KeepsTheNovemberPavilionForItsAugustDeadlineOnly()
    {
        var digest = await PreviewAsync("/api/v1/digests/preview?from=2023-05-01&to=2023-10-31&asOf=2023-08-15");

        var upcoming = Items(digest, "upcoming").Select(i => Text(i["slug"])).ToList();
        Assert.Contains("hong-kong-smart-city-pavilion-china-hi-tech-fair-2023", upcoming);
        Assert.DoesNotContain("china-hi-tech-fair-2023", upcoming);
        Assert.DoesNotContain("digitech-asean-2023-hk-pavilion", upcoming);
        Assert.Equal(20, upcoming.Count);
        Assert.Equal(18, Items(digest, "review").Count);
    }

    [Fact]
    public async Task Preview_OnAnotherDay_MovesWhatHasEndedIntoTheReview()
    {
        var digest = await PreviewAsync("/api/v1/digests/preview?from=2023-05-01&to=2023-11-30&asOf=2023-09-01");

        var review = Items(digest, "review").Select(i => Text(i["slug"])).ToList();
        Assert.Contains("global-smart-cities-summit-icui-2023", review);
        Assert.Contains("data-analytics-training-2023-08-25", review);
        Assert.DoesNotContain("data-analytics-training-2023-10-13", review);
        // Its deadline has passed and it has not begun: the pavilion is still coming.
        Assert.Contains("hong-kong-smart-city-pavilion-china-hi-tech-fair-2023", Items(digest, "upcoming").Select(i => Text(i["slug"])));
        // Undated, its deadline (29 September) still ahead: announced until the deadline passes.
        Assert.Contains("retail-innovation-award-2023", Items(digest, "upcoming").Select(i => Text(i["slug"])));
        var october = await PreviewAsync("/api/v1/digests/preview?from=2023-05-01&to=2023-11-30&asOf=2023-10-01");
        Assert.DoesNotContain("retail-innovation-award-2023", Items(october, "upcoming").Concat(Items(october, "review")).Select(i => Text(i["slug"])));
    }

    [Fact]
    public async Task Preview_IsForStaffOnly()
    {
        var response = await api.Anonymous().GetAsync(NewsletterPeriod);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/digests/preview?to=2023-11-30&asOf=2023-08-15", "from")]
    [InlineData("/api/v1/digests/preview?from=2023-5-1&to=2023-11-30&asOf=2023-08-15", "from")]
    [InlineData("/api/v1/digests/preview?from=2023-05-01&to=2023-11-30&asOf=2023-12-15", "asOf")]
    [InlineData("/api/v1/digests/preview?from=2023-05-01&to=2023-04-30&asOf=2023-04-30", "to")]
    public async Task Preview_WithBadDates_Returns400NamingTheField(string url, string field)
    {
        var problem = await (await api.As("editor").GetAsync(url)).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Contains(field, problem.ErrorKeys());
    }

    private static IEnumerable<string> Check(NewsletterItem expected, JsonNode item)
    {
        if (Text(item["kind"]) != expected.Kind) yield return $"kind {Text(item["kind"])}, expected {expected.Kind}";
        var title = Text(item["title"]!["en"]) ?? "";
        if (!title.Contains(expected.Title, StringComparison.Ordinal)) yield return $"title '{title}' lacks '{expected.Title}'";

        var schedule = item["schedule"]!;
        if (Text(schedule["kind"]) != expected.ScheduleKind) yield return $"schedule kind {Text(schedule["kind"])}, expected {expected.ScheduleKind}";
        var (starts, ends) = Days(schedule);
        if (starts != expected.Starts || ends != expected.Ends) yield return $"dates {starts}..{ends}, expected {expected.Starts}..{expected.Ends}";

        if (expected.Place is { } place)
        {
            var places = item["places"]!.AsArray().SelectMany(p => new[] { Text(p!["name"]?["en"]), Text(p["city"]?["en"]), Text(p["address"]?["en"]) }).OfType<string>().ToList();
            if (!places.Any(p => p.Contains(place, StringComparison.Ordinal))) yield return $"places [{string.Join(", ", places)}] lack '{place}'";
        }
        var roles = item["sccRoles"]!.AsArray().Select(r => r!.GetValue<string>()).Order().ToList();
        if (!roles.SequenceEqual(expected.SccRoles.Order())) yield return $"SCC's roles [{string.Join(", ", roles)}], expected [{string.Join(", ", expected.SccRoles)}]";
        if (Text(item["group"]) != expected.Group) yield return $"group {Text(item["group"])}, expected {expected.Group}";

        var sessions = item["sessions"]?.AsArray() ?? [];
        var people = item["people"]!.AsArray().Concat(sessions.SelectMany(s => s!["people"]!.AsArray())).ToList();
        foreach (var person in expected.People ?? [])
        {
            var (name, titlePiece) = (person.Split('|')[0], person.Split('|')[1]);
            var found = people.FirstOrDefault(p => Text(p!["name"]!["en"]) == name);
            if (found is null) yield return $"{name} not among the people";
            else if (!(Text(found["title"]?["en"]) ?? "").Contains(titlePiece, StringComparison.Ordinal))
                yield return $"{name}'s title '{Text(found["title"]?["en"])}' lacks '{titlePiece}'";
        }
        foreach (var session in expected.Sessions ?? [])
        {
            var (day, titlePiece, speaker) = (session.Split('|')[0], session.Split('|')[1], session.Split('|')[2]);
            if (!sessions.Any(s => Text(s!["date"]) == day && (Text(s["title"]?["en"]) ?? "").Contains(titlePiece, StringComparison.Ordinal) &&
                                   s["people"]!.AsArray().Any(p => Text(p!["name"]!["en"]) == speaker && p["personId"] is not null)))
                yield return $"no session on {day} on '{titlePiece}' with {speaker} as a person of the directory";
        }
        if (expected.Disclaimer is { } disclaimer && !item["funding"]!.AsArray().Any(f => (Text(f!["disclaimer"]?["en"]) ?? "").Contains(disclaimer, StringComparison.Ordinal)))
            yield return $"no funding disclaimer with '{disclaimer}'";
        if (expected.Disclaimer is null && item["funding"]!.AsArray().Count > 0) yield return "a funding disclaimer the newsletter does not give";
        var closes = Text(item["registration"]?["closesAt"]);
        var deadline = closes is null ? null : DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.Parse(closes, CultureInfo.InvariantCulture), HongKong).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (deadline != expected.Deadline) yield return $"deadline {deadline}, expected {expected.Deadline}";
        if (expected.Phone is { } phone && !item["contacts"]!.AsArray().Any(c => (Text(c!["phone"]) ?? "").Contains(phone, StringComparison.Ordinal)))
            yield return $"no enquiry contact on {phone}";
    }

    /// <summary>First and last day as the item states them: local dates, or the local days of timed instants.</summary>
    private static (string? Starts, string? Ends) Days(JsonNode schedule)
    {
        if (Text(schedule["startsAt"]) is { } startsAt)
            return (startsAt[..10], Text(schedule["endsAt"])![..10]);
        return (Text(schedule["startDate"]), Text(schedule["endDate"]));
    }

    private static string Start(JsonNode? item) => Days(item!["schedule"]!).Starts ?? "";

    private static List<JsonNode> Items(JsonObject digest, string section) => [.. digest[section]!.AsArray().Select(i => i!)];

    private static string? Text(JsonNode? node) => node?.GetValue<string>();
}
