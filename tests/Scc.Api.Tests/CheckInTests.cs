using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Scc.Api.Tests.Support;
using Scc.Domain.ApiKeys;
using Scc.Domain.Registrations;

namespace Scc.Api.Tests;

/// <summary>
/// Check-in at the door: the registrant's page shows a QR code of their check-in code, the staff's scanner posts what it
/// reads, and the registration becomes attended, once.
/// </summary>
public sealed class CheckInTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static string CheckInsOf(string eventId) => $"/api/v1/events/{eventId}/check-ins";

    private static JsonObject Scan(string code) => new() { ["code"] = code };

    private async Task<JsonObject> OwnPageAsync(JsonObject receipt) =>
        await (await api.Anonymous().GetAsync($"/api/v1/registrations/manage/{receipt["manageToken"]!.GetValue<string>()}")).AssertJsonAsync(HttpStatusCode.OK);

    private Task<string> StoredCodeAsync(JsonObject receipt) =>
        api.WithDbAsync(db => db.Registrations.Where(r => r.Id == Id(receipt)).Select(r => r.CheckInCode).SingleAsync());

    private static Guid Id(JsonObject receipt) => Guid.Parse(receipt["registration"]!["id"]!.GetValue<string>());

    [Fact]
    public async Task CheckIn_WithTheCodeReadFromTheManagePagesQrCode_ChecksInOnceAndASecondScanSaysSo()
    {
        var eventId = await api.OpenEventAsync("Check-in Door Seminar");
        var receipt = await api.RegisterAsync(eventId, "door.one@example.com", "Lee Siu Ming");
        var page = await OwnPageAsync(receipt);
        var pass = page["checkIn"]!;
        var scanned = QrCodes.ReadPngDataUri(pass["qrCodePngDataUri"]!.GetValue<string>());
        var staff = api.As("editor");

        var first = await (await staff.PostJsonAsync(CheckInsOf(eventId), Scan(scanned))).AssertJsonAsync(HttpStatusCode.OK);
        var second = await (await staff.PostJsonAsync(CheckInsOf(eventId), Scan(scanned))).AssertJsonAsync(HttpStatusCode.OK);

        Assert.Equal(pass["code"]!.GetValue<string>(), scanned);
        Assert.StartsWith(CheckInCodes.Prefix, scanned, StringComparison.Ordinal);
        Assert.Equal(Id(receipt).ToString(), first["registrationId"]!.GetValue<string>());
        Assert.Equal("Lee Siu Ming", first["name"]!.GetValue<string>());
        Assert.Equal("attendee", first["kind"]!.GetValue<string>());
        Assert.Equal("attended", first["status"]!.GetValue<string>());
        Assert.False(first["alreadyCheckedIn"]!.GetValue<bool>());
        Assert.True(second["alreadyCheckedIn"]!.GetValue<bool>());
        Assert.Equal("attended", second["status"]!.GetValue<string>());
        Assert.Equal(first["checkedInAt"]!.GetValue<DateTimeOffset>(), second["checkedInAt"]!.GetValue<DateTimeOffset>());
        // Nothing of the registrant's but the name reaches the door.
        Assert.Equal(["registrationId", "name", "kind", "status", "alreadyCheckedIn", "checkedInAt"], first.Select(p => p.Key));
        var stored = await api.WithDbAsync(db => db.Registrations.AsNoTracking().SingleAsync(r => r.Id == Id(receipt)));
        Assert.Equal(RegistrationStatus.Attended, stored.Status);
        Assert.Equal(first["checkedInAt"]!.GetValue<DateTimeOffset>(), stored.CheckedInAt);
        // Once in, the page shows the time and no pass.
        var after = await OwnPageAsync(receipt);
        Assert.Null(after["checkIn"]);
        Assert.Equal(stored.CheckedInAt, after["checkedInAt"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task CheckIn_TwoScannersReadingTheSameTicketAtOnce_CheckItInOnceAndTellTheSecond()
    {
        var eventId = await api.OpenEventAsync("Check-in Two Doors Seminar");
        var receipt = await api.RegisterAsync(eventId, "door.two@example.com");
        var code = await StoredCodeAsync(receipt);

        // Both scans wait behind the event's lock, so that they are decided one right after the other.
        HttpResponseMessage[] responses;
        await using (var eventLock = await EventRowLock.TakeAsync(api.ConnectionString, eventId))
        {
            var scans = Enumerable.Range(0, 2).Select(_ => api.As("editor").PostJsonAsync(CheckInsOf(eventId), Scan(code))).ToArray();
            await eventLock.WaitUntilBackendsWaitAsync(2);
            await eventLock.ReleaseAsync();
            responses = await Task.WhenAll(scans);
        }
        var answers = await Task.WhenAll(responses.Select(r => r.AssertJsonAsync(HttpStatusCode.OK)));

        Assert.Equal([false, true], answers.Select(a => a["alreadyCheckedIn"]!.GetValue<bool>()).Order());
        Assert.Single(answers.Select(a => a["checkedInAt"]!.GetValue<DateTimeOffset>()).Distinct());
    }

    [Fact]
    public async Task CheckIn_WithACodeOfAnotherEvent_Returns422WithoutNamingThatEventAndChecksNobodyIn()
    {
        var here = await api.OpenEventAsync("Check-in Here Seminar");
        var there = await api.OpenEventAsync("Check-in There Seminar");
        var receipt = await api.RegisterAsync(there, "door.there@example.com", "Wong Tai Sin");
        var code = await StoredCodeAsync(receipt);

        var problem = await (await api.As("editor").PostJsonAsync(CheckInsOf(here), Scan(code))).AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "check_in_wrong_event");

        var text = problem.ToJsonString();
        Assert.DoesNotContain(there, text, StringComparison.Ordinal);
        Assert.DoesNotContain("There Seminar", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Wong Tai Sin", text, StringComparison.Ordinal);
        Assert.Contains("another event", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var stored = await api.WithDbAsync(db => db.Registrations.AsNoTracking().SingleAsync(r => r.Id == Id(receipt)));
        Assert.Equal(RegistrationStatus.Confirmed, stored.Status);
        Assert.Null(stored.CheckedInAt);
    }

    [Fact]
    public async Task CheckIn_OfAWaitlistedPendingCancelledOrRejectedRegistration_Returns409NamingTheStatus_AndAnApprovedExhibitorGetsIn()
    {
        var eventId = await api.OpenEventAsync("Check-in Statuses Seminar", capacity: 1);
        await api.RegisterAsync(eventId, "door.seated@example.com");
        var waitlisted = await api.RegisterAsync(eventId, "door.waiting@example.com");
        var cancelled = await api.RegisterAsync(eventId, "door.cancelled@example.com");
        await api.Anonymous().DeleteAsync($"/api/v1/registrations/manage/{cancelled["manageToken"]!.GetValue<string>()}");
        var pending = await ApplyAsync(eventId, "door.pending@example.com");
        var rejected = await ApplyAsync(eventId, "door.rejected@example.com");
        var approved = await ApplyAsync(eventId, "door.approved@example.com");
        var staff = api.As("editor");
        var decisions = $"/api/v1/events/{eventId}/registrations";
        await (await staff.PostAsync($"{decisions}/{Id(rejected)}/reject", null)).AssertJsonAsync(HttpStatusCode.OK);
        await (await staff.PostAsync($"{decisions}/{Id(approved)}/approve", null)).AssertJsonAsync(HttpStatusCode.OK);

        foreach (var (receipt, status) in new[] { (waitlisted, "waitlisted"), (pending, "pending"), (cancelled, "cancelled"), (rejected, "rejected") })
        {
            Assert.Null((await OwnPageAsync(receipt))["checkIn"]);
            var problem = await (await staff.PostJsonAsync(CheckInsOf(eventId), Scan(await StoredCodeAsync(receipt))))
                .AssertProblemAsync(HttpStatusCode.Conflict, "invalid_transition");
            Assert.Equal($"A {status} registration cannot be checked in.", problem["detail"]!.GetValue<string>());
        }
        var exhibitorPass = (await OwnPageAsync(approved))["checkIn"]!;
        var exhibitor = await (await staff.PostJsonAsync(CheckInsOf(eventId), Scan(QrCodes.ReadPngDataUri(exhibitorPass["qrCodePngDataUri"]!.GetValue<string>()))))
            .AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("exhibitor", exhibitor["kind"]!.GetValue<string>());
        Assert.Equal("attended", exhibitor["status"]!.GetValue<string>());
        var statuses = await api.WithDbAsync(db => db.Registrations.AsNoTracking().Where(r => r.EventId == Guid.Parse(eventId))
            .Select(r => new { r.Status, r.CheckedInAt }).ToListAsync());
        Assert.Single(statuses, s => s.CheckedInAt is not null);
    }

    [Fact]
    public async Task CheckIn_WithAnUnknownOrErasedCode_Returns404_AndAMalformedBodyReturns400()
    {
        var eventId = await api.OpenEventAsync("Check-in Unknown Seminar");
        var erased = await api.RegisterAsync(eventId, "door.erased@example.com");
        var erasedCode = await StoredCodeAsync(erased);
        await (await api.As("admin").PostAsync($"/api/v1/registrations/{Id(erased)}/erasure", null)).AssertJsonAsync(HttpStatusCode.OK);
        var staff = api.As("editor");

        await (await staff.PostJsonAsync(CheckInsOf(eventId), Scan(CheckInCodes.New()))).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await staff.PostJsonAsync(CheckInsOf(eventId), Scan("https://example.com/not-a-ticket"))).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await staff.PostJsonAsync(CheckInsOf(eventId), Scan(erasedCode))).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await staff.PostJsonAsync(CheckInsOf(Guid.NewGuid().ToString()), Scan(erasedCode))).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Contains("code", (await (await staff.PostJsonAsync(CheckInsOf(eventId), new JsonObject()))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorKeys());
        Assert.Contains("code", (await (await staff.PostJsonAsync(CheckInsOf(eventId), Scan("")))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorKeys());
        Assert.Contains("code", (await (await staff.PostJsonAsync(CheckInsOf(eventId), Scan(new string('c', 101))))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorKeys());
        await (await staff.PostAsync(CheckInsOf(eventId), new StringContent("{\"code\": ", Encoding.UTF8, "application/json")))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        var stored = await api.WithDbAsync(db => db.Registrations.AsNoTracking().SingleAsync(r => r.Id == Id(erased)));
        Assert.NotEqual(erasedCode, stored.CheckInCode);
        Assert.Null(stored.CheckedInAt);
    }

    [Fact]
    public async Task CheckIn_IsForStaffOnly()
    {
        var eventId = await api.OpenEventAsync("Check-in Staff Only Seminar");
        var receipt = await api.RegisterAsync(eventId, "door.staff@example.com");
        var code = await StoredCodeAsync(receipt);
        var (_, secret) = await api.CreateKeyAsync([ApiKeyScopes.RegistrationsRead, ApiKeyScopes.RegistrationsWrite]);

        await (await api.Anonymous().PostJsonAsync(CheckInsOf(eventId), Scan(code))).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        await (await api.WithKey(secret).PostJsonAsync(CheckInsOf(eventId), Scan(code))).AssertProblemAsync(HttpStatusCode.Unauthorized);

        var stored = await api.WithDbAsync(db => db.Registrations.AsNoTracking().SingleAsync(r => r.Id == Id(receipt)));
        Assert.Equal(RegistrationStatus.Confirmed, stored.Status);
        await (await api.As("admin").PostJsonAsync(CheckInsOf(eventId), Scan(code))).AssertJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task StaffCheckInTransition_RecordsTheTimeAsTheScanDoes()
    {
        var eventId = await api.OpenEventAsync("Check-in Transition Seminar");
        var receipt = await api.RegisterAsync(eventId, "door.transition@example.com");

        var answer = await (await api.As("editor").PostAsync($"/api/v1/events/{eventId}/registrations/{Id(receipt)}/check-in", null)).AssertJsonAsync(HttpStatusCode.OK);

        Assert.Equal("attended", answer["status"]!.GetValue<string>());
        var stored = await api.WithDbAsync(db => db.Registrations.AsNoTracking().SingleAsync(r => r.Id == Id(receipt)));
        Assert.NotNull(stored.CheckedInAt);
        Assert.Equal(stored.CheckedInAt, answer["checkedInAt"]!.GetValue<DateTimeOffset>());
        var scan = await (await api.As("editor").PostJsonAsync(CheckInsOf(eventId), Scan(stored.CheckInCode))).AssertJsonAsync(HttpStatusCode.OK);
        Assert.True(scan["alreadyCheckedIn"]!.GetValue<bool>());
    }

    private async Task<JsonObject> ApplyAsync(string eventId, string email) =>
        await (await api.Anonymous().PostJsonAsync($"/api/v1/events/{eventId}/registrations", new JsonObject
        {
            ["kind"] = "exhibitor",
            ["registrant"] = new JsonObject { ["name"] = "Ho Ka Yan", ["email"] = email },
            ["exhibitor"] = new JsonObject { ["companyName"] = "Door Sensors Ltd", ["technology"] = "People counters" },
            ["consent"] = new JsonObject { ["statementVersion"] = Integrations.Statement, ["language"] = "en" },
        })).AssertJsonAsync(HttpStatusCode.Created);
}
