using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Scc.Api.Tests.Support;
using Scc.Domain.Registrations;

namespace Scc.Api.Tests.Performance;

/// <summary>
/// Public submissions that wait for the same event are taken together, in one transaction under one lock. Each test
/// holds the event's row lock itself, as a long transaction would: the first submission blocks on it, the rest queue
/// behind it, and all of those make the next batch when the lock is let go.
/// </summary>
public sealed class RegistrationBatchTests(QueryShapeApiFactory api) : IClassFixture<QueryShapeApiFactory>
{
    private const string Statement = "2023-07";

    [Fact]
    public async Task PostRegistration_WhenManyWaitForTheEvent_DecidesThemInOneTransactionWithoutOverbooking()
    {
        var eventId = await OpenEventAsync("Batched Seminar", capacity: 10);
        var outboxBefore = await api.WithDbAsync(db => db.OutboxMessages.CountAsync());

        var (first, rest, lockCommands) = await SubmitWhileLockedAsync(eventId, 64, i => Registration($"batched{i}@example.org"));

        var answers = await Task.WhenAll(rest.Prepend(first).Select(r => r.AssertJsonAsync(HttpStatusCode.Created)));
        // The one that waited for the lock alone, then everyone queued behind it at once.
        Assert.Equal(2, lockCommands);
        Assert.Equal("confirmed", answers[0]["registration"]!["status"]!.GetValue<string>());
        var statuses = answers.Select(a => a["registration"]!["status"]!.GetValue<string>()).ToList();
        Assert.Equal(10, statuses.Count(s => s == "confirmed"));
        Assert.Equal(54, statuses.Count(s => s == "waitlisted"));
        Assert.Equal(Enumerable.Range(1, 54), answers.Select(a => a["registration"]!["waitlistPosition"]?.GetValue<int>()).OfType<int>().Order());
        var stored = await api.WithDbAsync(db => db.Registrations.AsNoTracking().Where(r => r.EventId == Guid.Parse(eventId)).ToListAsync());
        Assert.Equal(64, stored.Count);
        Assert.Equal(10, stored.Count(r => r.Status == RegistrationStatus.Confirmed));
        Assert.Equal(Enumerable.Range(1, 54), stored.Select(r => r.WaitlistPosition).OfType<int>().Order());
        // Each answer is what was stored, with the row version the database gave it.
        Assert.All(answers, a => Assert.Contains(stored, r => r.Id == Guid.Parse(a["registration"]!["id"]!.GetValue<string>()) && r.Version != 0));
        // Every accepted submission queued its confirmation email in the same transaction.
        var queued = await api.WithDbAsync(db => db.OutboxMessages.CountAsync()) - outboxBefore;
        Assert.True(queued >= 64, $"{queued} outbox messages were queued for 64 registrations");
    }

    [Fact]
    public async Task PostRegistration_WhenTheSameEmailIsTwiceInOneBatch_AcceptsItOnceWithoutFailingTheBatch()
    {
        var eventId = await OpenEventAsync("Twice Seminar", capacity: 50);

        // Ten people, each submitting twice (the second time in capitals), all while the event is locked.
        var (first, rest, lockCommands) = await SubmitWhileLockedAsync(eventId, 21,
            i => Registration(i == 0 ? "opener@example.org" : i % 2 == 1 ? $"twice{i / 2}@example.org" : $"TWICE{(i - 1) / 2}@EXAMPLE.ORG"));

        await first.AssertJsonAsync(HttpStatusCode.Created);
        Assert.Equal(10, rest.Count(r => r.StatusCode == HttpStatusCode.Created));
        var refused = rest.Where(r => r.StatusCode != HttpStatusCode.Created).ToList();
        Assert.Equal(10, refused.Count);
        foreach (var response in refused) await response.AssertProblemAsync(HttpStatusCode.Conflict, "already_registered");
        // Decided inside the batch: no batch failed on the unique index and had its submissions tried one by one.
        Assert.Equal(2, lockCommands);
        Assert.Equal(11, await api.WithDbAsync(db => db.Registrations.CountAsync(r => r.EventId == Guid.Parse(eventId))));
    }

    [Fact]
    public async Task PostRegistration_WhenOneSubmissionMakesItsBatchFail_TheOthersAreStillRegistered()
    {
        var eventId = await OpenEventAsync("Refusing Seminar", capacity: 50);
        // A check only the database makes, as when two API versions disagree: the one-live-email index refuses this email.
        const string refusedEmail = "refused.by.the.database@example.org";
        const string refuse = """
            CREATE FUNCTION refuse_one_registration() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.email_key = 'refused.by.the.database@example.org' THEN
                    RAISE EXCEPTION 'refused' USING ERRCODE = 'unique_violation', CONSTRAINT = 'ux_registrations_event_id_email_key_live';
                END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER refuse_one_registration BEFORE INSERT ON registrations FOR EACH ROW EXECUTE FUNCTION refuse_one_registration();
            """;
        await api.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(refuse));
        try
        {
            var (first, rest, lockCommands) = await SubmitWhileLockedAsync(eventId, 30,
                i => Registration(i == 15 ? refusedEmail : $"refusing{i}@example.org"));

            await first.AssertJsonAsync(HttpStatusCode.Created);
            await rest[14].AssertProblemAsync(HttpStatusCode.Conflict, "already_registered");
            Assert.All(rest.Where((_, i) => i != 14), r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
            // The batch of 29 failed as a whole, and each of its submissions was then tried alone (a lock each).
            Assert.Equal(2 + 29, lockCommands);
            var stored = await api.WithDbAsync(db => db.Registrations.AsNoTracking().Where(r => r.EventId == Guid.Parse(eventId)).ToListAsync());
            Assert.Equal(29, stored.Count);
            Assert.DoesNotContain(stored, r => r.EmailKey == refusedEmail);
        }
        finally
        {
            await api.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
                "DROP TRIGGER refuse_one_registration ON registrations; DROP FUNCTION refuse_one_registration();"));
        }
    }

    /// <summary>
    /// Locks the event's row from a connection of the test's own, sends the first submission and waits until it is
    /// blocked on the lock, sends the rest, gives them time to queue, then lets the lock go. Returns the answers and how
    /// many times the API locked the event meanwhile.
    /// </summary>
    private async Task<(HttpResponseMessage First, HttpResponseMessage[] Others, int LockCommands)> SubmitWhileLockedAsync(
        string eventId, int count, Func<int, JsonObject> body)
    {
        await using var eventLock = await EventRowLock.TakeAsync(api.ConnectionString, eventId);
        api.Recorder.Clear();
        var client = api.Anonymous();
        var first = client.PostJsonAsync($"/api/v1/events/{eventId}/registrations", body(0));
        await eventLock.WaitUntilABackendWaitsAsync();
        var rest = Enumerable.Range(1, count - 1).Select(i => client.PostJsonAsync($"/api/v1/events/{eventId}/registrations", body(i))).ToArray();
        // Long enough for the requests to pass validation and join the event's queue; they cannot go further.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.False(first.IsCompleted, "the first submission should still wait for the lock");
        await eventLock.ReleaseAsync();
        var answers = await Task.WhenAll(rest.Prepend(first));
        var lockCommands = api.Recorder.Commands.Count(c => c.Text.Contains("FOR UPDATE", StringComparison.Ordinal));
        return (answers[0], answers[1..], lockCommands);
    }

    private async Task<string> OpenEventAsync(string title, int capacity)
    {
        var editor = api.As("editor");
        var body = EventBodies.Seminar(title);
        body["registration"] = new JsonObject
        {
            ["mode"] = "internal", ["capacity"] = capacity, ["waitingList"] = true, ["privacyStatementVersion"] = Statement,
        };
        var id = (await (await editor.PostJsonAsync("/api/v1/events", body)).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        await (await editor.PostAsync($"/api/v1/events/{id}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);
        return id;
    }

    private static JsonObject Registration(string email) => new()
    {
        ["registrant"] = new JsonObject { ["name"] = "Chan Tai Man", ["email"] = email },
        ["consent"] = new JsonObject { ["statementVersion"] = Statement, ["language"] = "en" },
    };
}
