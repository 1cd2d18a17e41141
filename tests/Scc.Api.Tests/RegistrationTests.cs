using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Scc.Api.Tests.Support;
using Scc.Domain.Registrations;
using Scc.Infrastructure.Persistence;

namespace Scc.Api.Tests;

public sealed class RegistrationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Statement = "2023-07";

    /// <summary>Simultaneous requests at most: enough to race, within the connection pool.</summary>
    private const int Parallelism = 64;

    private async Task<string> OpenEventAsync(string title, int? capacity = 50, bool waitingList = true, string status = "publish",
        DateTimeOffset? opensAt = null, DateTimeOffset? closesAt = null)
    {
        var editor = api.As("editor");
        var body = EventBodies.Seminar(title);
        var registration = new JsonObject
        {
            ["mode"] = "internal", ["capacity"] = capacity, ["waitingList"] = waitingList, ["privacyStatementVersion"] = Statement,
            ["kinds"] = new JsonArray("attendee", "exhibitor"),
        };
        if (opensAt is not null) registration["opensAt"] = opensAt.Value.ToString("O");
        if (closesAt is not null) registration["closesAt"] = closesAt.Value.ToString("O");
        body["registration"] = registration;
        var id = (await (await editor.PostJsonAsync("/api/v1/events", body)).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        await (await editor.PostAsync($"/api/v1/events/{id}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);
        if (status == "cancel") await (await editor.PostAsync($"/api/v1/events/{id}/cancel", null)).AssertJsonAsync(HttpStatusCode.OK);
        return id;
    }

    [Fact]
    public async Task Feed_WhenTheLastSeatIsTaken_ShowsWaitlistOrFull()
    {
        var withList = await OpenEventAsync("Feed Seats With List", capacity: 1, waitingList: true);
        var withoutList = await OpenEventAsync("Feed Seats Without List", capacity: 1, waitingList: false);
        async Task<string> AvailabilityAsync(string id)
        {
            var feed = await (await api.Anonymous().GetAsync("/api/v1/feeds/events?limit=100")).AssertJsonAsync(HttpStatusCode.OK);
            var item = feed["items"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == id)!;
            return item["registration"]!["availability"]!.GetValue<string>();
        }
        Assert.Equal("open", await AvailabilityAsync(withList));

        (await SubmitAsync(withList, Registration("seat.one@example.com"))).EnsureSuccessStatusCode();
        (await SubmitAsync(withoutList, Registration("seat.two@example.com"))).EnsureSuccessStatusCode();

        Assert.Equal("waitlist", await AvailabilityAsync(withList));
        Assert.Equal("full", await AvailabilityAsync(withoutList));
    }

    private static JsonObject Registration(string email, string name = "Chan Tai Man", bool consent = true)
    {
        var body = new JsonObject { ["registrant"] = new JsonObject { ["name"] = name, ["email"] = email } };
        if (consent) body["consent"] = new JsonObject { ["statementVersion"] = Statement, ["language"] = "zh-Hant" };
        return body;
    }

    private Task<HttpResponseMessage> SubmitAsync(string eventId, JsonObject body) =>
        api.Anonymous().PostJsonAsync($"/api/v1/events/{eventId}/registrations", body);

    private Task<int> CountAsync(string eventId) =>
        api.WithDbAsync(db => db.Registrations.CountAsync(r => r.EventId == Guid.Parse(eventId)));

    private Task<List<Registration>> RegistrationsAsync(string eventId) =>
        api.WithDbAsync(db => db.Registrations.AsNoTracking().Where(r => r.EventId == Guid.Parse(eventId)).ToListAsync());

    private static async Task<T[]> InParallelAsync<T>(int count, Func<int, Task<T>> action)
    {
        using var gate = new SemaphoreSlim(Parallelism);
        return await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try { return await action(i); }
            finally { gate.Release(); }
        }));
    }

    [Fact]
    public async Task PostRegistration_WhenSeatIsFree_Returns201WithStatusAndManageToken()
    {
        var eventId = await OpenEventAsync("Seat Free Seminar");

        var response = await SubmitAsync(eventId, Registration("first@example.org"));

        var receipt = await response.AssertJsonAsync(HttpStatusCode.Created);
        Assert.Equal("confirmed", receipt["registration"]!["status"]!.GetValue<string>());
        Assert.Null(receipt["registration"]!["waitlistPosition"]);
        Assert.Equal(Statement, receipt["registration"]!["consent"]!["statementVersion"]!.GetValue<string>());
        Assert.Equal("zh-Hant", receipt["registration"]!["consent"]!["language"]!.GetValue<string>());
        var token = receipt["manageToken"]!.GetValue<string>();
        Assert.Equal(ManageToken.Length, token.Length);
        Assert.Equal($"/api/v1/registrations/manage/{token}", response.Headers.Location!.OriginalString);
        var own = await (await api.Anonymous().GetAsync($"/api/v1/registrations/manage/{token}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("first@example.org", own["registrant"]!["email"]!.GetValue<string>());
        // Only the hash is kept.
        var stored = await api.WithDbAsync(db => db.Registrations.AsNoTracking().SingleAsync(r => r.EventId == Guid.Parse(eventId)));
        Assert.True(ManageToken.TryHash(token, out var hash));
        Assert.Equal(hash, stored.ManageTokenHash);
    }

    [Fact]
    public async Task PostRegistration_200AtOnceFor50SeatsThen10Cancellations_NeverOverbooksAndKeepsTheQueueGapFree()
    {
        var eventId = await OpenEventAsync("Popular Seminar", capacity: 50);

        var answers = await InParallelAsync(200, async i =>
        {
            var response = await SubmitAsync(eventId, Registration($"person{i}@example.org"));
            return await response.AssertJsonAsync(HttpStatusCode.Created);
        });

        var statuses = answers.Select(a => a["registration"]!["status"]!.GetValue<string>()).ToList();
        Assert.Equal(50, statuses.Count(s => s == "confirmed"));
        Assert.Equal(150, statuses.Count(s => s == "waitlisted"));
        Assert.Equal(Enumerable.Range(1, 150), answers.Select(a => a["registration"]!["waitlistPosition"]?.GetValue<int>()).OfType<int>().Order());
        var stored = await RegistrationsAsync(eventId);
        Assert.Equal(50, stored.Count(r => r.Status == RegistrationStatus.Confirmed));
        Assert.Equal(Enumerable.Range(1, 150), stored.Select(r => r.WaitlistPosition).OfType<int>().Order());

        // The first ten waiting, in queue order, are the ones who should move up.
        var waiting = answers.Where(a => a["registration"]!["status"]!.GetValue<string>() == "waitlisted")
            .OrderBy(a => a["registration"]!["waitlistPosition"]!.GetValue<int>()).ToList();
        var cancelling = answers.Where(a => a["registration"]!["status"]!.GetValue<string>() == "confirmed").Take(10).ToList();

        var cancellations = await InParallelAsync(10, i => api.Anonymous().DeleteAsync($"/api/v1/registrations/manage/{cancelling[i]["manageToken"]!.GetValue<string>()}"));

        Assert.All(cancellations, r => Assert.Equal(HttpStatusCode.NoContent, r.StatusCode));
        stored = await RegistrationsAsync(eventId);
        Assert.Equal(50, stored.Count(r => r.Status == RegistrationStatus.Confirmed));
        Assert.Equal(10, stored.Count(r => r.Status == RegistrationStatus.Cancelled));
        Assert.Equal(Enumerable.Range(1, 140), stored.Select(r => r.WaitlistPosition).OfType<int>().Order());
        var promotedIds = waiting.Take(10).Select(a => Guid.Parse(a["registration"]!["id"]!.GetValue<string>())).ToHashSet();
        Assert.All(stored.Where(r => promotedIds.Contains(r.Id)), r => Assert.Equal(RegistrationStatus.Confirmed, r.Status));
        // The rest keep their order, each moved up by ten.
        var eleventh = Guid.Parse(waiting[10]["registration"]!["id"]!.GetValue<string>());
        Assert.Equal(1, stored.Single(r => r.Id == eleventh).WaitlistPosition);
    }

    [Fact]
    public async Task DeleteOwnRegistration_WhenWaitlistedOrRepeated_ClosesTheGapOnceAndPromotesNobodyTwice()
    {
        var eventId = await OpenEventAsync("Small Seminar", capacity: 1);
        var tokens = new List<string>();
        for (var i = 0; i < 4; i++)
            tokens.Add((await (await SubmitAsync(eventId, Registration($"small{i}@example.org"))).AssertJsonAsync(HttpStatusCode.Created))["manageToken"]!.GetValue<string>());

        // The second in the queue leaves, then the seat holder leaves twice.
        Assert.Equal(HttpStatusCode.NoContent, (await api.Anonymous().DeleteAsync($"/api/v1/registrations/manage/{tokens[2]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.Anonymous().DeleteAsync($"/api/v1/registrations/manage/{tokens[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.Anonymous().DeleteAsync($"/api/v1/registrations/manage/{tokens[0]}")).StatusCode);

        var first = await (await api.Anonymous().GetAsync($"/api/v1/registrations/manage/{tokens[1]}")).AssertJsonAsync(HttpStatusCode.OK);
        var last = await (await api.Anonymous().GetAsync($"/api/v1/registrations/manage/{tokens[3]}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("confirmed", first["status"]!.GetValue<string>());
        Assert.Equal("waitlisted", last["status"]!.GetValue<string>());
        Assert.Equal(1, last["waitlistPosition"]!.GetValue<int>());
    }

    [Fact]
    public async Task PostRegistration_WhenEmailDiffersOnlyInCase_Returns409AlreadyRegistered()
    {
        var eventId = await OpenEventAsync("Duplicate Seminar");
        await (await SubmitAsync(eventId, Registration("Wong.Siu.Ming@Example.org"))).AssertJsonAsync(HttpStatusCode.Created);

        var response = await SubmitAsync(eventId, Registration("wong.siu.ming@example.ORG", "Someone Else"));

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "already_registered");
        Assert.Equal(1, await CountAsync(eventId));
    }

    [Fact]
    public async Task PostRegistration_WhenEmailRegisteredAgainAfterCancelling_IsAccepted()
    {
        var eventId = await OpenEventAsync("Second Chance Seminar");
        var token = (await (await SubmitAsync(eventId, Registration("again@example.org"))).AssertJsonAsync(HttpStatusCode.Created))["manageToken"]!.GetValue<string>();
        await api.Anonymous().DeleteAsync($"/api/v1/registrations/manage/{token}");

        await (await SubmitAsync(eventId, Registration("again@example.org"))).AssertJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task PostRegistration_WhenDeadlineHasPassedOrNotYetOpen_Returns409RegistrationClosed()
    {
        var closed = await OpenEventAsync("Closed Seminar", opensAt: DateTimeOffset.UtcNow.AddDays(-5), closesAt: DateTimeOffset.UtcNow.AddMinutes(-1));
        var notYet = await OpenEventAsync("Later Seminar", opensAt: DateTimeOffset.UtcNow.AddDays(1));

        await (await SubmitAsync(closed, Registration("late@example.org"))).AssertProblemAsync(HttpStatusCode.Conflict, "registration_closed");
        await (await SubmitAsync(notYet, Registration("early@example.org"))).AssertProblemAsync(HttpStatusCode.Conflict, "registration_closed");
        Assert.Equal(0, await CountAsync(closed) + await CountAsync(notYet));
    }

    [Fact]
    public async Task PostRegistration_WhenEventIsCancelled_Returns409RegistrationClosed()
    {
        var eventId = await OpenEventAsync("Cancelled Seminar", status: "cancel");

        await (await SubmitAsync(eventId, Registration("cancelled@example.org"))).AssertProblemAsync(HttpStatusCode.Conflict, "registration_closed");
        Assert.Equal(0, await CountAsync(eventId));
    }

    [Fact]
    public async Task PostRegistration_WhenFullWithoutWaitingList_Returns409EventFull()
    {
        var eventId = await OpenEventAsync("Tiny Seminar", capacity: 1, waitingList: false);
        await (await SubmitAsync(eventId, Registration("one@example.org"))).AssertJsonAsync(HttpStatusCode.Created);

        await (await SubmitAsync(eventId, Registration("two@example.org"))).AssertProblemAsync(HttpStatusCode.Conflict, "event_full");
        Assert.Equal(1, await CountAsync(eventId));
    }

    [Fact]
    public async Task PostRegistration_WhenConsentIsMissingOrOutdated_Returns400AndWritesNothing()
    {
        var eventId = await OpenEventAsync("Consent Seminar");
        var outdated = Registration("outdated@example.org");
        outdated["consent"]!["statementVersion"] = "2019-01";
        var nullConsent = Registration("null@example.org");
        nullConsent["consent"] = null;

        var missing = await (await SubmitAsync(eventId, Registration("noconsent@example.org", consent: false))).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var nulled = await (await SubmitAsync(eventId, nullConsent)).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var stale = await (await SubmitAsync(eventId, outdated)).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Contains("consent", missing.ErrorKeys());
        Assert.Contains("consent", nulled.ErrorKeys());
        Assert.Contains("consent.statementVersion", stale.ErrorKeys());
        Assert.Equal(0, await CountAsync(eventId));
    }

    [Fact]
    public async Task PostRegistration_WhenExhibitorApplication_IsPending()
    {
        var eventId = await OpenEventAsync("Pavilion", capacity: 1);
        var body = Registration("booth@example.org");
        body["kind"] = "exhibitor";
        body["exhibitor"] = new JsonObject { ["companyName"] = "GeoTech Ltd", ["technology"] = "Digital twins for buildings" };

        var receipt = await (await SubmitAsync(eventId, body)).AssertJsonAsync(HttpStatusCode.Created);

        Assert.Equal("pending", receipt["registration"]!["status"]!.GetValue<string>());
        Assert.Equal("GeoTech Ltd", receipt["registration"]!["exhibitor"]!["companyName"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostRegistration_WhenEventIsUnknownOrDraft_Returns404()
    {
        var draft = (await (await api.As("editor").PostJsonAsync("/api/v1/events", EventBodies.Seminar("Draft Seminar"))).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();

        await (await SubmitAsync(Guid.NewGuid().ToString(), Registration("nobody@example.org"))).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await SubmitAsync(draft, Registration("nobody@example.org"))).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    private Task<HttpResponseMessage> SubmitWithKeyAsync(string eventId, JsonObject body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/events/{eventId}/registrations")
        {
            Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", key);
        return api.Anonymous().SendAsync(request);
    }

    [Fact]
    public async Task PostRegistration_WhenOneIdempotencyKeyIsSent50TimesAtOnce_MakesOneRegistrationAndAnswersAlike()
    {
        var eventId = await OpenEventAsync("Retried Seminar");
        var key = Guid.NewGuid().ToString();
        var body = Registration("retry@example.org");

        var answers = await InParallelAsync(50, async _ =>
        {
            var response = await SubmitWithKeyAsync(eventId, body, key);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(), Location: response.Headers.Location?.OriginalString,
                ETag: response.Headers.ETag?.Tag);
        });

        Assert.Equal(1, await CountAsync(eventId));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        Assert.Single(answers.Distinct());
        Assert.Contains("\"confirmed\"", answers[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostRegistration_WhenIdempotencyKeyIsReusedForAnotherBody_Returns422AndWritesNothing()
    {
        var eventId = await OpenEventAsync("Reused Key Seminar");
        var key = Guid.NewGuid().ToString();
        await (await SubmitWithKeyAsync(eventId, Registration("keyed@example.org"), key)).AssertJsonAsync(HttpStatusCode.Created);

        var response = await SubmitWithKeyAsync(eventId, Registration("other@example.org"), key);

        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "idempotency_key_reused");
        Assert.Equal(1, await CountAsync(eventId));
    }

    [Fact]
    public async Task PostRegistration_WhenAKeyedRequestFailed_ReplaysTheSameProblem()
    {
        var eventId = await OpenEventAsync("Full Keyed Seminar", capacity: 1, waitingList: false);
        await (await SubmitAsync(eventId, Registration("seat@example.org"))).AssertJsonAsync(HttpStatusCode.Created);
        var key = Guid.NewGuid().ToString();

        var first = await (await SubmitWithKeyAsync(eventId, Registration("late@example.org"), key)).AssertProblemAsync(HttpStatusCode.Conflict, "event_full");
        var again = await (await SubmitWithKeyAsync(eventId, Registration("late@example.org"), key)).AssertProblemAsync(HttpStatusCode.Conflict, "event_full");

        Assert.Equal(first["detail"]!.GetValue<string>(), again["detail"]!.GetValue<string>());
        var stored = await api.WithDbAsync(db => db.IdempotencyKeys.AsNoTracking().ToListAsync());
        Assert.DoesNotContain(stored, r => System.Text.Encoding.UTF8.GetString(r.Outcome!).Contains("late@example.org", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostRegistration_WhenIdempotencyKeyIsTooShort_Returns400()
    {
        var eventId = await OpenEventAsync("Short Key Seminar");

        var problem = await (await SubmitWithKeyAsync(eventId, Registration("short@example.org"), "abc")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Contains("Idempotency-Key", problem.ErrorKeys());
        Assert.Equal(0, await CountAsync(eventId));
    }

    [Fact]
    public async Task StaffDecisions_ApproveCheckInPromoteAndCancel_KeepSeatsAndQueueConsistent()
    {
        var eventId = await OpenEventAsync("Staffed Seminar", capacity: 1);
        var staff = api.As("editor");
        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
            ids.Add((await (await SubmitAsync(eventId, Registration($"staffed{i}@example.org", $"Person {i}"))).AssertJsonAsync(HttpStatusCode.Created))["registration"]!["id"]!.GetValue<string>());
        var booth = Registration("booth-staffed@example.org");
        booth["kind"] = "exhibitor";
        booth["exhibitor"] = new JsonObject { ["companyName"] = "Booth Co", ["technology"] = "Smart lamp posts" };
        var boothId = (await (await SubmitAsync(eventId, booth)).AssertJsonAsync(HttpStatusCode.Created))["registration"]!["id"]!.GetValue<string>();
        var url = $"/api/v1/events/{eventId}/registrations";

        var approved = await (await staff.PostAsync($"{url}/{boothId}/approve", null)).AssertJsonAsync(HttpStatusCode.OK);
        await (await staff.PostAsync($"{url}/{boothId}/reject", null)).AssertProblemAsync(HttpStatusCode.Conflict, "invalid_transition");
        var present = await (await staff.PostAsync($"{url}/{ids[0]}/check-in", null)).AssertJsonAsync(HttpStatusCode.OK);
        var promoted = await (await staff.PostAsync($"{url}/{ids[2]}/promote", null)).AssertJsonAsync(HttpStatusCode.OK);
        var cancelled = await (await staff.PostAsync($"{url}/{ids[1]}/cancel", null)).AssertJsonAsync(HttpStatusCode.OK);

        Assert.Equal("confirmed", approved["status"]!.GetValue<string>());
        Assert.Equal("attended", present["status"]!.GetValue<string>());
        Assert.Equal("confirmed", promoted["status"]!.GetValue<string>());
        Assert.Equal("cancelled", cancelled["status"]!.GetValue<string>());
        var counts = await (await staff.GetAsync($"{url}/counts")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, counts["confirmed"]!.GetValue<int>());
        Assert.Equal(1, counts["waitlisted"]!.GetValue<int>());
        Assert.Equal(1, counts["attended"]!.GetValue<int>());
        Assert.Equal(1, counts["cancelled"]!.GetValue<int>());
        var waiting = await (await staff.GetAsync($"{url}?status=waitlisted")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, waiting["items"]!.AsArray().Single()!["waitlistPosition"]!.GetValue<int>());
    }

    [Fact]
    public async Task ListRegistrations_FiltersPagesAndIsForStaffOnly()
    {
        var eventId = await OpenEventAsync("Listed Seminar", capacity: null);
        for (var i = 0; i < 5; i++) await (await SubmitAsync(eventId, Registration($"listed{i}@example.org", $"Listed Person {i}"))).AssertJsonAsync(HttpStatusCode.Created);
        var staff = api.As("editor");
        var url = $"/api/v1/events/{eventId}/registrations";

        var first = await (await staff.GetAsync($"{url}?limit=3")).AssertJsonAsync(HttpStatusCode.OK);
        var second = await (await staff.GetAsync($"{url}?limit=3&cursor={first["nextCursor"]!.GetValue<string>()}")).AssertJsonAsync(HttpStatusCode.OK);
        var found = await (await staff.GetAsync($"{url}?q=PERSON%203")).AssertJsonAsync(HttpStatusCode.OK);

        Assert.Equal(3, first["items"]!.AsArray().Count);
        Assert.Equal(2, second["items"]!.AsArray().Count);
        Assert.Null(second["nextCursor"]);
        Assert.Equal("listed3@example.org", found["items"]!.AsArray().Single()!["registrant"]!["email"]!.GetValue<string>());
        await (await staff.GetAsync($"{url}?status=lost")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().GetAsync($"{url}/counts")).StatusCode);
    }

    [Fact]
    public async Task Database_WhenAHandlerCheckIsBypassed_IndexesRefuseASecondLiveEmailAndASharedQueuePosition()
    {
        var eventId = await OpenEventAsync("Indexed Seminar", capacity: 50);
        var evt = await api.WithDbAsync(db => db.Events.AsNoTracking().SingleAsync(e => e.Id == Guid.Parse(eventId)));
        Registration Make(string email, int seatsTaken) => evt.Register(
            new RegistrationRequest(Guid.CreateVersion7(), RegistrationKind.Attendee, new Registrant("Racer", email), null, Statement, "en", ManageToken.New().Hash, RegistrationSource.Public),
            new RegistrationTally(seatsTaken, 0, false), DateTimeOffset.UtcNow).Value;
        Task<int> InsertAsync(Registration registration) => api.WithDbAsync(db =>
        {
            db.Registrations.Add(registration);
            return db.SaveChangesAsync();
        });
        await InsertAsync(Make("race@example.org", 0));
        await InsertAsync(Make("queue1@example.org", 50));

        var sameEmail = await Assert.ThrowsAsync<DbUpdateException>(() => InsertAsync(Make("RACE@example.org", 0)));
        var samePosition = await Assert.ThrowsAsync<DbUpdateException>(() => InsertAsync(Make("queue2@example.org", 50)));

        Assert.Equal("already_registered", UniqueConstraints.Describe(Assert.IsType<PostgresException>(sameEmail.InnerException).ConstraintName)?.Code);
        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(samePosition.InnerException).SqlState);
        Assert.Equal(2, await CountAsync(eventId));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task ManageRegistration_WhenTokenIsMalformedOrUnknown_Returns404(string token)
    {
        await (await api.Anonymous().GetAsync($"/api/v1/registrations/manage/{Uri.EscapeDataString(token)}")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await api.Anonymous().DeleteAsync($"/api/v1/registrations/manage/{Uri.EscapeDataString(token)}")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }
}
