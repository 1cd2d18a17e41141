using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CsvHelper;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Scc.Api.Tests.Support;
using Scc.Application.Registrations.RetentionSweep;
using Scc.Domain.ApiKeys;
using Scc.Domain.Registrations;

namespace Scc.Api.Tests;

public sealed class IntegrationRegistrationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly string[] ReadWrite = [ApiKeyScopes.RegistrationsRead, ApiKeyScopes.RegistrationsWrite];

    [Fact]
    public async Task ListAndGet_WithAKeyRestrictedToOneEvent_ShowOnlyThatEventAndAnswer404ForOthers()
    {
        var mine = await api.OpenEventAsync("BOLA Mine");
        var theirs = await api.OpenEventAsync("BOLA Theirs");
        var own = await api.RegisterAsync(mine, "bola.mine@example.com");
        var other = await api.RegisterAsync(theirs, "bola.theirs@example.com");
        var otherId = other["registration"]!["id"]!.GetValue<string>();
        var (_, secret) = await api.CreateKeyAsync(ReadWrite, eventId: mine);
        var key = api.WithKey(secret);

        var all = await (await key.GetAsync("/api/v1/registrations?limit=100")).AssertJsonAsync(HttpStatusCode.OK);
        var askedForOther = await (await key.GetAsync($"/api/v1/registrations?eventId={theirs}")).AssertJsonAsync(HttpStatusCode.OK);
        var readOther = await key.GetAsync($"/api/v1/registrations/{otherId}");
        var exportOther = await key.GetAsync($"/api/v1/events/{theirs}/registrations/export");
        var bulkOther = await key.PostJsonAsync($"/api/v1/events/{theirs}/registrations/bulk", Bulk(Item("BOLA-1", "bola.bulk@example.com")));
        var changes = await (await key.GetAsync("/api/v1/registrations/changes?limit=1000")).AssertJsonAsync(HttpStatusCode.OK);

        Assert.Equal([own["registration"]!["id"]!.GetValue<string>()], all["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
        Assert.Empty(askedForOther["items"]!.AsArray());
        await readOther.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await exportOther.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await bulkOther.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.All(changes["items"]!.AsArray(), c => Assert.Equal(mine, c!["eventId"]!.GetValue<string>()));
        Assert.Equal(0, await api.WithDbAsync(db => db.Registrations.CountAsync(r => r.ExternalReference == "BOLA-1")));
        // The same id is readable by an unrestricted key and by staff.
        var (_, wide) = await api.CreateKeyAsync([ApiKeyScopes.RegistrationsRead]);
        Assert.Equal(HttpStatusCode.OK, (await api.WithKey(wide).GetAsync($"/api/v1/registrations/{otherId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.As("editor").GetAsync($"/api/v1/registrations/{otherId}")).StatusCode);
    }

    [Fact]
    public async Task ListRegistrations_FiltersByEventStatusKindUpdatedSinceAndQ_AndPages()
    {
        var eventId = await api.OpenEventAsync("Integration List", capacity: 1);
        var first = await api.RegisterAsync(eventId, "list.first@example.com", "Lee Ka Ho");
        var since = DateTimeOffset.UtcNow;
        await Task.Delay(5, CancellationToken.None);
        var second = await api.RegisterAsync(eventId, "list.second@example.com", "Ho Wing Sze");
        var (_, secret) = await api.CreateKeyAsync([ApiKeyScopes.RegistrationsRead]);
        var key = api.WithKey(secret);

        var waitlisted = await (await key.GetAsync($"/api/v1/registrations?eventId={eventId}&status=waitlisted")).AssertJsonAsync(HttpStatusCode.OK);
        var recent = await (await key.GetAsync($"/api/v1/registrations?eventId={eventId}&updatedSince={Uri.EscapeDataString(since.ToString("O"))}")).AssertJsonAsync(HttpStatusCode.OK);
        var byName = await (await key.GetAsync($"/api/v1/registrations?q=ka%20ho")).AssertJsonAsync(HttpStatusCode.OK);
        var page1 = await (await key.GetAsync($"/api/v1/registrations?eventId={eventId}&kind=attendee&limit=1")).AssertJsonAsync(HttpStatusCode.OK);
        var page2 = await (await key.GetAsync($"/api/v1/registrations?eventId={eventId}&kind=attendee&limit=1&cursor={page1["nextCursor"]}")).AssertJsonAsync(HttpStatusCode.OK);
        var badStatus = await key.GetAsync("/api/v1/registrations?status=maybe");

        string Id(JsonNode receipt) => receipt["registration"]!["id"]!.GetValue<string>();
        Assert.Equal([Id(second)], waitlisted["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
        Assert.Equal([Id(second)], recent["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
        Assert.Equal([Id(first)], byName["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
        Assert.Equal(Id(first), page1["items"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(Id(second), page2["items"]![0]!["id"]!.GetValue<string>());
        Assert.Null(page2["nextCursor"]);
        await badStatus.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Export_Csv_HasBomChineseNamesAndNeutralisedFormulas_AndJsonHasTheSameRows()
    {
        var eventId = await api.OpenEventAsync("Export Event");
        await api.RegisterAsync(eventId, "export.chinese@example.com", "陳大文", company: "智慧城市有限公司");
        await api.RegisterAsync(eventId, "export.formula@example.com", "=HYPERLINK(\"evil\",\"click\")", company: "+SUM(A1:A9)");
        await api.RegisterAsync(eventId, "export.at@example.com", "@cmd", company: "-2+3");
        var (_, secret) = await api.CreateKeyAsync([ApiKeyScopes.RegistrationsRead], eventId: eventId);

        var response = await api.WithKey(secret).GetAsync($"/api/v1/events/{eventId}/registrations/export?format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = new List<Dictionary<string, string>>();
        using (var csv = CsvReader.Create(bytes, CsvReaderOptions.Default))
        {
            while (csv.Read()) rows.Add(csv.Headers.ToArray().Select((h, i) => (h, i)).ToDictionary(x => x.h, x => csv.GetString(x.i)));
        }
        Assert.Equal(3, rows.Count);
        Assert.Contains(rows, r => r["name"] == "陳大文" && r["company"] == "智慧城市有限公司" && r["status"] == "confirmed");
        Assert.Contains(rows, r => r["name"] == "'=HYPERLINK(\"evil\",\"click\")" && r["company"] == "'+SUM(A1:A9)");
        Assert.Contains(rows, r => r["name"] == "'@cmd" && r["company"] == "'-2+3");
        Assert.All(rows, r => Assert.DoesNotMatch("^[=+\\-@\t\r]", r["name"]));

        var json = await (await api.As("editor").GetAsync($"/api/v1/events/{eventId}/registrations/export?format=json")).AssertJsonAsync(HttpStatusCode.OK);
        // JSON is data, not a spreadsheet: values as registered.
        Assert.Contains(json["items"]!.AsArray(), i => i!["registrant"]!["name"]!.GetValue<string>() == "@cmd");
        Assert.Equal(3, json["items"]!.AsArray().Count);
        await (await api.As("editor").GetAsync($"/api/v1/events/{eventId}/registrations/export?format=xlsx")).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await api.Anonymous().GetAsync($"/api/v1/events/{eventId}/registrations/export")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    /// <summary>
    /// Spreadsheets take the full-width forms of = + - @ as formula triggers too, and skip leading blanks and control
    /// characters before looking for one.
    /// </summary>
    [Fact]
    public async Task Export_Csv_NeutralisesFullWidthTriggersAndTriggersAfterLeadingBlanksOrControlCharacters()
    {
        string[] disguised =
        [
            "＝1+1", "＋SUM(A1:A9)", "－2+3", "＠cmd", " =1+1", "\u3000=1+1", "\u00A0+1", "\u0001=1+1", "\u200B@cmd", "\n=1+1", " \t ＝1",
        ];
        string[] harmless = ["Chan & Co = best", "  Chan Holdings", "1+1=2 Ltd"];
        var eventId = await api.OpenEventAsync("Disguised Formula Export");
        var values = disguised.Concat(harmless).ToList();
        // Booth needs are kept as written (names and companies are trimmed), so leading blanks reach the export.
        for (var i = 0; i < values.Count; i++)
        {
            await (await api.Anonymous().PostJsonAsync($"/api/v1/events/{eventId}/registrations", new JsonObject
            {
                ["kind"] = "exhibitor",
                ["registrant"] = new JsonObject { ["name"] = "Chan Tai Man", ["email"] = $"disguised.{i}@example.com" },
                ["exhibitor"] = new JsonObject { ["companyName"] = "Booth Ltd", ["technology"] = "Sensors", ["boothNeeds"] = values[i] },
                ["consent"] = new JsonObject { ["statementVersion"] = Integrations.Statement, ["language"] = "en" },
            })).AssertJsonAsync(HttpStatusCode.Created);
        }

        var bytes = await (await api.As("editor").GetAsync($"/api/v1/events/{eventId}/registrations/export?format=csv")).Content.ReadAsByteArrayAsync();

        var exported = new List<string>();
        using (var csv = CsvReader.Create(bytes, CsvReaderOptions.Default))
        {
            while (csv.Read()) exported.Add(csv.GetString(Array.IndexOf(csv.Headers.ToArray(), "boothNeeds")));
        }
        Assert.Equal(values.Count, exported.Count);
        var failures = disguised.Where(d => !exported.Contains("'" + d)).Select(d => $"not neutralised: {Escape(d)}")
            .Concat(harmless.Where(h => !exported.Contains(h)).Select(h => $"changed though harmless: {Escape(h)}"))
            .ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures) + Environment.NewLine + "exported: " + string.Join(" | ", exported.Select(Escape)));

        static string Escape(string value) => string.Concat(value.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));
    }

    private static JsonObject Item(string reference, string email, string name = "Bulk Person", string? status = null, bool consent = true)
    {
        var item = new JsonObject
        {
            ["externalReference"] = reference,
            ["registrant"] = new JsonObject { ["name"] = name, ["email"] = email },
        };
        if (consent) item["consent"] = new JsonObject { ["statementVersion"] = Integrations.Statement, ["language"] = "en" };
        if (status is not null) item["status"] = status;
        return item;
    }

    private static JsonObject Bulk(params JsonObject[] items) => new() { ["items"] = new JsonArray(items) };

    private static Task<HttpResponseMessage> PostBulkAsync(HttpClient client, string eventId, JsonObject body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/events/{eventId}/registrations/bulk")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }

    private static string Outcome(JsonNode result, int index) => result["items"]![index]!["outcome"]!.GetValue<string>();

    [Fact]
    public async Task BulkUpsert_CreatesUpdatesAndReportsPerItem_KeepingCapacityAndTheWaitingList()
    {
        var eventId = await api.OpenEventAsync("Bulk Event", capacity: 2);
        await api.RegisterAsync(eventId, "bulk.public@example.com");
        var (_, secret) = await api.CreateKeyAsync(ReadWrite, eventId: eventId);
        var key = api.WithKey(secret);

        var first = await (await PostBulkAsync(key, eventId, Bulk(
            Item("CRM-1", "crm.one@example.com", "One"),
            Item("CRM-2", "crm.two@example.com", "Two"),
            Item("CRM-3", "bulk.public@example.com", "Duplicate"),
            Item("CRM-4", "crm.four@example.com", "No consent", consent: false)))).AssertJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["created", "created", "error", "error"], Enumerable.Range(0, 4).Select(i => Outcome(first, i)));
        Assert.Equal("confirmed", first["items"]![0]!["status"]!.GetValue<string>());
        Assert.Equal("waitlisted", first["items"]![1]!["status"]!.GetValue<string>());
        Assert.Equal(1, first["items"]![1]!["waitlistPosition"]!.GetValue<int>());
        Assert.Equal("already_registered", first["items"]![2]!["error"]!["code"]!.GetValue<string>());
        Assert.Equal("items[3].consent", first["items"]![3]!["error"]!["field"]!.GetValue<string>());

        // Again: the same data is unchanged; a new phone updates; cancelling the seat promotes the first waiting.
        var one = Item("CRM-1", "crm.one@example.com", "One", status: "cancelled");
        var two = Item("CRM-2", "crm.two@example.com", "Two");
        ((JsonObject)two["registrant"]!)["phone"] = "+852 2123 4567";
        var second = await (await PostBulkAsync(key, eventId, Bulk(Item("CRM-1", "crm.one@example.com", "One"), two))).AssertJsonAsync(HttpStatusCode.OK);
        var third = await (await PostBulkAsync(key, eventId, Bulk(one, Item("CRM-9", "crm.nine@example.com", status: "attended")))).AssertJsonAsync(HttpStatusCode.OK);
        var fourth = await (await PostBulkAsync(key, eventId, Bulk(Item("CRM-1", "crm.one@example.com", "One", status: "attended")))).AssertJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["unchanged", "updated"], [Outcome(second, 0), Outcome(second, 1)]);
        Assert.Equal(["updated", "error"], [Outcome(third, 0), Outcome(third, 1)]);
        Assert.Equal("cancelled", third["items"]![0]!["status"]!.GetValue<string>());
        Assert.Equal("error", Outcome(fourth, 0));
        Assert.Equal("invalid_transition", fourth["items"]![0]!["error"]!["code"]!.GetValue<string>());
        var stored = await api.WithDbAsync(db => db.Registrations.AsNoTracking().Where(r => r.EventId == Guid.Parse(eventId)).ToListAsync());
        Assert.Equal(3, stored.Count);
        Assert.Equal(RegistrationStatus.Confirmed, stored.Single(r => r.ExternalReference == "CRM-2").Status);
        Assert.Equal("+852 2123 4567", stored.Single(r => r.ExternalReference == "CRM-2").Registrant.Phone);
        Assert.Equal(2, stored.Count(r => r.Status == RegistrationStatus.Confirmed));
        Assert.DoesNotContain(stored, r => r.WaitlistPosition is not null);
    }

    [Fact]
    public async Task BulkUpsert_WithIdempotencyKey_ReplaysTheFirstAnswerAndRefusesAnotherBody()
    {
        var eventId = await api.OpenEventAsync("Bulk Idempotent");
        var (_, secret) = await api.CreateKeyAsync([ApiKeyScopes.RegistrationsWrite]);
        var key = api.WithKey(secret);
        var idempotencyKey = Guid.NewGuid().ToString();
        var body = Bulk(Item("IDEM-1", "idem.one@example.com"));

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => PostBulkAsync(key, eventId, body, idempotencyKey)));
        var texts = await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()));
        var other = await PostBulkAsync(key, eventId, Bulk(Item("IDEM-2", "idem.two@example.com")), idempotencyKey);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Single(texts.Distinct());
        Assert.Equal("created", Outcome(JsonNode.Parse(texts[0])!, 0));
        await other.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "idempotency_key_reused");
        Assert.Equal(1, await api.WithDbAsync(db => db.Registrations.CountAsync(r => r.EventId == Guid.Parse(eventId))));
    }

    [Fact]
    public async Task BulkUpsert_WhenInputIsBadOrScopeMissing_Returns4xxAndWritesNothing()
    {
        var eventId = await api.OpenEventAsync("Bulk Bad Input");
        var (_, reader) = await api.CreateKeyAsync([ApiKeyScopes.RegistrationsRead]);
        var (_, writer) = await api.CreateKeyAsync([ApiKeyScopes.RegistrationsWrite]);
        var tooMany = Bulk(Enumerable.Range(0, 501).Select(i => Item($"MANY-{i}", $"many{i}@example.com")).ToArray());

        await (await PostBulkAsync(api.WithKey(reader), eventId, Bulk(Item("R-1", "r1@example.com")))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await PostBulkAsync(api.Anonymous(), eventId, Bulk(Item("R-1", "r1@example.com")))).AssertProblemAsync(HttpStatusCode.Unauthorized);
        var many = await (await PostBulkAsync(api.WithKey(writer), eventId, tooMany)).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var twice = await (await PostBulkAsync(api.WithKey(writer), eventId, Bulk(Item("DUP", "d1@example.com"), Item("DUP", "d2@example.com"))))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var badEmail = await (await PostBulkAsync(api.WithKey(writer), eventId, Bulk(Item("E-1", "not-an-email")))).AssertProblemAsync(HttpStatusCode.BadRequest);
        var badStatus = await (await PostBulkAsync(api.WithKey(writer), eventId, Bulk(Item("S-1", "s1@example.com", status: "confirmed")))).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await PostBulkAsync(api.WithKey(writer), Guid.NewGuid().ToString(), Bulk(Item("U-1", "u1@example.com")))).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Contains("items", many.ErrorKeys());
        Assert.Contains("items", twice.ErrorKeys());
        Assert.Contains("items[0].registrant.email", badEmail.ErrorKeys());
        Assert.Contains("items[0].status", badStatus.ErrorKeys());
        Assert.Equal(0, await api.WithDbAsync(db => db.Registrations.CountAsync(r => r.EventId == Guid.Parse(eventId))));
    }

    [Fact]
    public async Task Erasure_ByIdAndByEmail_KeepsTheCountFreesTheEmailAndShowsInTheChangesFeed()
    {
        var eventId = await api.OpenEventAsync("Erasure Event", capacity: 10);
        var otherEventId = await api.OpenEventAsync("Erasure Other Event", capacity: 10);
        var receipt = await api.RegisterAsync(eventId, "erase.me@example.com", "Erase Me", company: "Private Co");
        await api.RegisterAsync(otherEventId, "Erase.Me@Example.com", "Erase Me Too");
        await api.RegisterAsync(eventId, "keep.me@example.com", "Keep Me");
        var id = receipt["registration"]!["id"]!.GetValue<string>();
        var token = receipt["manageToken"]!.GetValue<string>();
        var (_, secret) = await api.CreateKeyAsync([ApiKeyScopes.RegistrationsRead]);

        await (await api.As("editor").PostAsync($"/api/v1/registrations/{id}/erasure", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var erased = await (await api.As("admin").PostAsync($"/api/v1/registrations/{id}/erasure", null)).AssertJsonAsync(HttpStatusCode.OK);
        var again = await (await api.As("admin").PostAsync($"/api/v1/registrations/{id}/erasure", null)).AssertJsonAsync(HttpStatusCode.OK);
        var byEmail = await (await api.As("admin").PostJsonAsync("/api/v1/registrations/erasure", new JsonObject { ["email"] = "ERASE.ME@example.com" }))
            .AssertJsonAsync(HttpStatusCode.OK);

        Assert.Equal("confirmed", erased["status"]!.GetValue<string>());
        Assert.Equal(Registration.ErasedName, erased["registrant"]!["name"]!.GetValue<string>());
        Assert.Equal("", erased["registrant"]!["email"]!.GetValue<string>());
        Assert.Null(erased["registrant"]!["company"]);
        Assert.NotNull(erased["erasedAt"]);
        Assert.Equal(erased["erasedAt"]!.ToJsonString(), again["erasedAt"]!.ToJsonString());
        Assert.Single(byEmail["erased"]!.AsArray());
        await (await api.Anonymous().GetAsync($"/api/v1/registrations/manage/{token}")).AssertProblemAsync(HttpStatusCode.NotFound);
        var counts = await (await api.As("editor").GetAsync($"/api/v1/events/{eventId}/registrations/counts")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Contains("\"confirmed\":2", counts.ToJsonString(), StringComparison.Ordinal);
        // The email is free again: the person may register anew.
        await api.RegisterAsync(eventId, "erase.me@example.com", "Back Again");
        var stored = await api.WithDbAsync(db => db.Registrations.AsNoTracking()
            .Where(r => r.ErasedAt != null && (r.EventId == Guid.Parse(eventId) || r.EventId == Guid.Parse(otherEventId))).ToListAsync());
        Assert.Equal(2, stored.Count);
        Assert.All(stored, r => Assert.Equal((Registration.ErasedName, "", null, null, null), (r.Registrant.Name, r.Registrant.Email, r.Registrant.Phone, r.Registrant.Company, r.Exhibitor)));
        Assert.All(stored, r => Assert.DoesNotContain("@", r.EmailKey, StringComparison.Ordinal));

        var changes = await ChangesAsync(api.WithKey(secret),
            all => all.Any(c => c["registrationId"]!.GetValue<string>() == id && c["change"]!.GetValue<string>() == "erased"));
        var erasure = Assert.Single(changes, c => c["registrationId"]!.GetValue<string>() == id && c["change"]!.GetValue<string>() == "erased");
        Assert.Equal("confirmed", erasure["status"]!.GetValue<string>());
        Assert.DoesNotContain("erase.me", string.Concat(changes.Select(c => c.ToJsonString())), StringComparison.OrdinalIgnoreCase);
        await (await api.As("admin").PostAsync($"/api/v1/registrations/{Guid.NewGuid()}/erasure", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await api.As("admin").PostJsonAsync("/api/v1/registrations/erasure", new JsonObject { ["email"] = "nope" })).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task RetentionSweep_ErasesRegistrationsOfEventsEndedLongerAgoOnly()
    {
        var oldEvent = await api.OpenEventAsync("Retention Old");
        var recentEvent = await api.OpenEventAsync("Retention Recent");
        await api.RegisterAsync(oldEvent, "old.one@example.com");
        await api.RegisterAsync(oldEvent, "old.two@example.com");
        await api.RegisterAsync(recentEvent, "recent.one@example.com");
        await api.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE events SET window_start = now() - interval '25 months', window_end = now() - interval '25 months' WHERE id = {Guid.Parse(oldEvent)}"));
        await api.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE events SET window_start = now() - interval '23 months', window_end = now() - interval '23 months' WHERE id = {Guid.Parse(recentEvent)}"));

        int erased;
        await using (var scope = api.Services.CreateAsyncScope())
            erased = (await scope.ServiceProvider.GetRequiredService<ISender>().Send(new EraseExpiredRegistrationsCommand(24), CancellationToken.None)).Value;
        int again;
        await using (var scope = api.Services.CreateAsyncScope())
            again = (await scope.ServiceProvider.GetRequiredService<ISender>().Send(new EraseExpiredRegistrationsCommand(24), CancellationToken.None)).Value;

        Assert.Equal(2, erased);
        Assert.Equal(0, again);
        var stored = await api.WithDbAsync(db => db.Registrations.AsNoTracking().Where(r => r.EventId == Guid.Parse(oldEvent) || r.EventId == Guid.Parse(recentEvent)).ToListAsync());
        Assert.All(stored.Where(r => r.EventId == Guid.Parse(oldEvent)), r => Assert.NotNull(r.ErasedAt));
        Assert.Null(stored.Single(r => r.EventId == Guid.Parse(recentEvent)).ErasedAt);
        Assert.Equal("recent.one@example.com", stored.Single(r => r.EventId == Guid.Parse(recentEvent)).Registrant.Email);
    }

    /// <summary>Polls the changes feed until <paramref name="done"/> holds for everything read so far.</summary>
    private static async Task<List<JsonNode>> ChangesAsync(HttpClient client, Func<List<JsonNode>, bool> done)
    {
        var all = new List<JsonNode>();
        string? cursor = null;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var page = await (await client.GetAsync($"/api/v1/registrations/changes?limit=1000{(cursor is null ? "" : "&cursor=" + cursor)}")).AssertJsonAsync(HttpStatusCode.OK);
            all.AddRange(page["items"]!.AsArray().Select(i => i!));
            cursor = page["nextCursor"]!.GetValue<string>();
            if (page["hasMore"]!.GetValue<bool>()) continue;
            if (done(all)) return all;
            // Transactions of other tests on the same server may hold the feed's horizon back for a moment.
            Assert.True(DateTime.UtcNow < deadline, "The changes feed did not catch up.");
            await Task.Delay(50);
        }
    }
}
