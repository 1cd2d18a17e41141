using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Scc.Api.Tests.Support;
using Scc.Application.Common.Auditing;
using Scc.Application.Registrations.RegisterForEvent;

namespace Scc.Api.Tests.Performance;

/// <summary>
/// The submission queue (ISubmissionQueue, implemented in Infrastructure): the host's shutdown waits for the batches it
/// is deciding, and a staff user's submission, which goes through the queue alone in a scope of its own, is still
/// audited under the staff user's name.
/// </summary>
public sealed class SubmissionQueueTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Shutdown_WaitsForTheBatchBeingDecided_WhichIsThenStored()
    {
        var eventId = await api.OpenEventAsync("Draining Seminar");
        await using var eventLock = await EventRowLock.TakeAsync(api.ConnectionString, eventId);
        var submission = api.Anonymous().PostJsonAsync($"/api/v1/events/{eventId}/registrations", Registration("draining@example.org"));
        await eventLock.WaitUntilABackendWaitsAsync();

        var queue = (IHostedService)api.Services.GetRequiredService<ISubmissionQueue>();
        var stopping = queue.StopAsync(CancellationToken.None);
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.False(stopping.IsCompleted, "the queue stopped while a batch was still being decided");

        await eventLock.ReleaseAsync();
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));
        await (await submission).AssertJsonAsync(HttpStatusCode.Created);
        Assert.Equal(1, await api.WithDbAsync(db => db.Registrations.CountAsync(r => r.EventId == Guid.Parse(eventId))));
    }

    [Fact]
    public async Task AStaffSubmission_GoesAloneAndIsAuditedUnderTheStaffUsersName()
    {
        var eventId = await api.OpenEventAsync("Staff-entered Seminar");
        var staff = api.WithToken(TestTokens.For("editor", subject: "front-desk-7"));

        var receipt = await (await staff.PostJsonAsync($"/api/v1/events/{eventId}/registrations", Registration("walk.in@example.org")))
            .AssertJsonAsync(HttpStatusCode.Created);

        var registrationId = Guid.Parse(receipt["registration"]!["id"]!.GetValue<string>());
        var entries = await api.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.ResourceId == registrationId).ToListAsync());
        var created = Assert.Single(entries);
        Assert.Equal((AuditActor.User, "front-desk-7"), (created.ActorKind, created.ActorId));
    }

    private static JsonObject Registration(string email) => new()
    {
        ["registrant"] = new JsonObject { ["name"] = "Chan Tai Man", ["email"] = email },
        ["consent"] = new JsonObject { ["statementVersion"] = "2023-07", ["language"] = "en" },
    };
}
