using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Scc.Api.Auth;
using Scc.Api.Tests.Support;
using Scc.Application.Common.Auditing;
using Scc.Application.Registrations.RetentionSweep;
using Scc.Domain.ApiKeys;
using Scc.Infrastructure.Persistence.Auditing;
using Xunit.Abstractions;

namespace Scc.Api.Tests.Security;

/// <summary>The API behind a reverse proxy on loopback that it trusts, so X-Forwarded-For names the client the audit log records.</summary>
public sealed class AuditApiFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ForwardedHeaders:KnownProxies:0", "127.0.0.1");
        builder.UseSetting("ForwardedHeaders:KnownNetworks:0", "::1/128");
    }
}

public sealed partial class AuditLogTests(AuditApiFactory api, ITestOutputHelper output) : IClassFixture<AuditApiFactory>
{
    private static readonly string[] WriteMethods = ["POST", "PUT", "PATCH", "DELETE"];

    private sealed record Write(string Method, string Path, string Policy)
    {
        public override string ToString() => $"{Method} {Path}";
    }

    private sealed record Actor(HttpClient Client, string Kind, string Id);

    /// <summary>
    /// Every staff and integration write endpoint the app maps (not a hand-kept list), called with its OpenAPI example as
    /// the actor its policy wants, from a client address given through the trusted proxy: first refused (404 or 400), which
    /// must leave no entry, then accepted, which must leave an entry naming the actor, the address, the resource and action.
    /// </summary>
    [Fact]
    public async Task EveryStaffAndIntegrationWrite_RecordsActorAddressResourceAndAction_AndARefusedWriteRecordsNothing()
    {
        var admin = api.As("admin");
        admin.Timeout = TimeSpan.FromSeconds(60);
        var targets = await ExampleTargets.CreateAsync(api, admin);
        var document = JsonNode.Parse(await admin.GetStringAsync("/swagger/v1/swagger.json"))!;
        var writes = WriteEndpoints().OrderBy(Rank).ThenBy(w => w.Path, StringComparer.Ordinal).ToList();
        Assert.True(writes.Count >= 30, $"only {writes.Count} staff and integration write endpoints found");

        var failures = new List<string>();
        var number = 0;
        foreach (var write in writes)
        {
            number++;
            var ip = $"203.0.113.{number}";
            var actor = await ActorAsync(write.Policy, number);
            var operation = document["paths"]?[write.Path]?[write.Method.ToLowerInvariant()];
            if (operation is null)
            {
                failures.Add($"{write}: not in the OpenAPI document");
                continue;
            }
            var example = operation["requestBody"]?["content"]?["application/json"]?["example"];
            var upload = operation["requestBody"]?["content"]?["multipart/form-data"] is not null;

            var refusedUrl = Parameter().Replace(write.Path, _ => Guid.NewGuid().ToString());
            using (var refused = await actor.Client.SendAsync(Request(write.Method, refusedUrl, example is null ? null : "{", ip, upload)))
                if ((int)refused.StatusCode is < 400 or >= 500) failures.Add($"{write}: the refused request answered {(int)refused.StatusCode}");
            if ((await EntriesOfAsync(actor.Id)).Count != 0) failures.Add($"{write}: a refused write left an audit entry");

            var url = await UrlAsync(write, targets, example, admin, document);
            using var response = await actor.Client.SendAsync(Request(write.Method, url, example?.ToJsonString(), ip, upload));
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                failures.Add($"{write}: the write answered {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
                continue;
            }
            var entries = await EntriesOfAsync(actor.Id);
            if (entries.Count == 0)
            {
                failures.Add($"{write}: no audit entry; answered {(int)response.StatusCode} {body[..Math.Min(body.Length, 500)]}");
                continue;
            }
            if (entries.FirstOrDefault(e => e.ActorKind != actor.Kind || e.IpAddress != ip || string.IsNullOrEmpty(e.TraceId)) is { } wrong)
                failures.Add($"{write}: entry by {wrong.ActorKind} from {wrong.IpAddress} (trace {wrong.TraceId}); expected {actor.Kind} from {ip}");
            var resources = ResourcesOf(response, body, url);
            if (resources.Count == 0) failures.Add($"{write}: the answer names no resource");
            string[] actions = response.StatusCode == HttpStatusCode.Created ? [AuditActions.Created]
                // Removing a part of a resource (its image) changes the resource.
                : write.Method == "DELETE" && !write.Path.EndsWith('}') ? [AuditActions.Updated]
                : write.Method == "DELETE" ? [AuditActions.Deleted, AuditActions.Revoked] : AuditActions.All.ToArray();
            foreach (var resourceId in resources.Where(r => !entries.Any(e => e.ResourceId == r && actions.Contains(e.Action))))
                failures.Add($"{write}: no entry for {resourceId} with {string.Join("/", actions)}; entries: " +
                             string.Join(", ", entries.Select(e => $"{e.ResourceType} {e.ResourceId} {e.Action}")));
        }
        output.WriteLine($"{writes.Count} write endpoints checked");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task UpdatingAnEvent_RecordsTheTitleBeforeAndAfter_ForTheEditor()
    {
        var editor = api.WithToken(TestTokens.For(Policies.EditorRole, subject: "title-editor"));
        var id = (await (await editor.PostJsonAsync("/api/v1/events", EventBodies.Seminar("Audit Title Before"))).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        await (await editor.PutJsonAsync($"/api/v1/events/{id}", EventBodies.Seminar("Audit Title After"))).AssertJsonAsync(HttpStatusCode.OK);

        var page = await (await api.As("admin").GetAsync($"/api/v1/audit?resourceType=event&resourceId={id}&action=updated")).AssertJsonAsync(HttpStatusCode.OK);

        var entry = Assert.Single(page["items"]!.AsArray())!;
        Assert.Equal("user", entry["actorKind"]!.GetValue<string>());
        Assert.Equal("title-editor", entry["actorId"]!.GetValue<string>());
        var title = entry["changes"]!.AsArray().Single(c => c!["field"]!.GetValue<string>() == "title")!;
        Assert.Equal("Audit Title Before", title["before"]!["en"]!.GetValue<string>());
        Assert.Equal("Audit Title After", title["after"]!["en"]!.GetValue<string>());
        Assert.False(title["withheld"]?.GetValue<bool>() ?? false);
        Assert.DoesNotContain(entry["changes"]!.AsArray(), c => c!["field"]!.GetValue<string>() is "updatedAt" or "version");
    }

    [Fact]
    public async Task PersonalAndSecretFields_AreRecordedByNameOnly_AndNoPersonalValueReachesTheTable()
    {
        string[] personal =
        [
            "Wong Siu Ming", "Wong Siu-ming Renamed", "pii.person@example.com", "PII.Renamed@Example.com", "pii.renamed@example.com", "+852 9123 4567",
            "Hidden Holdings Ltd", "CRM-PII-0001", "whsec_YXVkaXQtdGVzdC0wMTIzNDU2Nzg5YWJjZGVm",
        ];
        var eventId = await api.OpenEventAsync("Audit Personal Data");
        var (keyId, secret) = await api.CreateKeyAsync(["registrations:write", "registrations:read"]);
        var key = api.WithKey(secret);
        var created = await (await key.PostJsonAsync($"/api/v1/events/{eventId}/registrations/bulk", Bulk(personal[0], personal[2], personal[5], personal[6])))
            .AssertJsonAsync(HttpStatusCode.OK);
        var registrationId = created["items"]![0]!["registrationId"]!.GetValue<string>();
        await (await key.PostJsonAsync($"/api/v1/events/{eventId}/registrations/bulk", Bulk(personal[1], personal[3], null, null))).AssertJsonAsync(HttpStatusCode.OK);
        await (await api.As("admin").PostAsync($"/api/v1/registrations/{registrationId}/erasure", null)).AssertJsonAsync(HttpStatusCode.OK);
        await (await api.As("admin").PostJsonAsync("/api/v1/webhooks", new JsonObject
        {
            ["url"] = "https://crm.example.org/hooks/audit", ["eventTypes"] = new JsonArray("registration.created"), ["secret"] = personal[8],
        })).AssertJsonAsync(HttpStatusCode.Created);
        // A contact on an event is personal too.
        var withContact = EventBodies.Seminar("Audit Contact Event");
        withContact["contacts"] = new JsonArray(new JsonObject { ["name"] = new JsonObject { ["en"] = personal[0] }, ["email"] = personal[2], ["phone"] = personal[5] });
        await (await api.As("editor").PostJsonAsync("/api/v1/events", withContact)).AssertJsonAsync(HttpStatusCode.Created);

        var entries = await (await api.As("admin").GetAsync($"/api/v1/audit?resourceType=registration&resourceId={registrationId}")).AssertJsonAsync(HttpStatusCode.OK);
        var byAction = entries["items"]!.AsArray().ToDictionary(e => e!["action"]!.GetValue<string>(), e => e!);
        Assert.Equal(["created", "erased", "updated"], byAction.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("apiKey", byAction["created"]["actorKind"]!.GetValue<string>());
        Assert.Equal(keyId, byAction["created"]["actorId"]!.GetValue<string>());
        Assert.Equal("user", byAction["erased"]["actorKind"]!.GetValue<string>());
        foreach (var (action, field) in new[] { ("created", "registrant"), ("updated", "registrant"), ("updated", "emailKey"), ("erased", "registrant"), ("erased", "manageTokenHash") })
        {
            var change = byAction[action]["changes"]!.AsArray().Single(c => c!["field"]!.GetValue<string>() == field)!;
            Assert.True(change["withheld"]!.GetValue<bool>(), $"{action} {field}");
            Assert.Null(change["before"]);
            Assert.Null(change["after"]);
        }
        // Non-personal fields of the same registration keep their values.
        var status = byAction["created"]["changes"]!.AsArray().Single(c => c!["field"]!.GetValue<string>() == "status")!;
        Assert.Equal("confirmed", status["after"]!.GetValue<string>());

        var table = await api.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT coalesce(string_agg(a::text, ' '), '') AS \"Value\" FROM audit_entries a").SingleAsync());
        Assert.Contains(registrationId, table, StringComparison.Ordinal);
        Assert.All(personal, value => Assert.DoesNotContain(value, table, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(secret, table, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryWithheldField_IsAFieldOfTheModel()
    {
        var model = api.Services.CreateScope().ServiceProvider.GetRequiredService<Scc.Infrastructure.Persistence.AppDbContext>().Model;
        Assert.All(AuditedFields.Withheld, field =>
        {
            var entity = model.FindEntityType(field.Entity);
            Assert.NotNull(entity);
            Assert.True(entity.FindProperty(field.Property) is not null || entity.FindNavigation(field.Property) is not null, $"{field.Entity.Name}.{field.Property}");
        });
        Assert.All(AuditedFields.ResourceTypes.Keys, type => Assert.NotNull(model.FindEntityType(type)));
    }

    [Fact]
    public async Task AuditList_FiltersAndPagesNewestFirst()
    {
        var editor = api.WithToken(TestTokens.For(Policies.EditorRole, subject: "filter-editor"));
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var ids = new List<string>();
        foreach (var name in new[] { "Filter Org One", "Filter Org Two", "Filter Org Three" })
            ids.Add((await (await editor.PostJsonAsync("/api/v1/organisations", new JsonObject { ["name"] = new JsonObject { ["en"] = name }, ["kind"] = "company" }))
                .AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>());
        await (await editor.PutJsonAsync($"/api/v1/organisations/{ids[0]}", new JsonObject { ["name"] = new JsonObject { ["en"] = "Filter Org Renamed" }, ["kind"] = "company" }))
            .AssertJsonAsync(HttpStatusCode.OK);
        var admin = api.As("admin");

        var first = await (await admin.GetAsync("/api/v1/audit?actorKind=user&actorId=filter-editor&limit=3")).AssertJsonAsync(HttpStatusCode.OK);
        var second = await (await admin.GetAsync($"/api/v1/audit?actorKind=user&actorId=filter-editor&limit=3&cursor={first["nextCursor"]!.GetValue<string>()}"))
            .AssertJsonAsync(HttpStatusCode.OK);
        var all = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(e => e!).ToList();
        Assert.Equal(4, all.Count);
        Assert.Null(second["nextCursor"]);
        Assert.Equal(all.Select(e => e["id"]!.GetValue<string>()).Distinct().Count(), all.Count);
        Assert.Equal("updated", all[0]["action"]!.GetValue<string>());
        Assert.Equal(ids[0], all[0]["resourceId"]!.GetValue<string>());
        Assert.Equal([ids[2], ids[1], ids[0]], all.Skip(1).Select(e => e["resourceId"]!.GetValue<string>()));
        Assert.All(all, e => Assert.Equal("organisation", e["resourceType"]!.GetValue<string>()));

        async Task<int> CountAsync(string query) =>
            (await (await admin.GetAsync("/api/v1/audit?actorId=filter-editor&" + query)).AssertJsonAsync(HttpStatusCode.OK))["items"]!.AsArray().Count;
        Assert.Equal(1, await CountAsync("action=updated"));
        Assert.Equal(3, await CountAsync("action=created"));
        Assert.Equal(2, await CountAsync($"resourceType=organisation&resourceId={ids[0]}"));
        Assert.Equal(0, await CountAsync("resourceType=event"));
        Assert.Equal(0, await CountAsync("actorKind=apiKey"));
        Assert.Equal(4, await CountAsync($"from={Uri.EscapeDataString(before.ToString("O"))}"));
        Assert.Equal(0, await CountAsync($"to={Uri.EscapeDataString(before.ToString("O"))}"));
        Assert.Equal(0, await CountAsync($"from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(5).ToString("O"))}"));

        var one = await (await admin.GetAsync($"/api/v1/audit/{all[0]["id"]!.GetValue<string>()}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("filter-editor", one["actorId"]!.GetValue<string>());
        await (await admin.GetAsync($"/api/v1/audit/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await admin.GetAsync("/api/v1/audit?action=frobnicated")).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.GetAsync("/api/v1/audit?actorKind=robot")).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.GetAsync("/api/v1/audit?resourceType=spaceship")).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.GetAsync("/api/v1/audit?cursor=not-a-cursor")).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.GetAsync("/api/v1/audit?limit=101")).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AuditList_IsForAdminsOnly()
    {
        var (_, secret) = await api.CreateKeyAsync(["registrations:read", "registrations:write"]);
        await (await api.Anonymous().GetAsync("/api/v1/audit")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await api.As("editor").GetAsync("/api/v1/audit")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await api.WithKey(secret).GetAsync("/api/v1/audit")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await api.As("admin").GetAsync("/api/v1/audit")).AssertJsonAsync(HttpStatusCode.OK);
    }

    /// <summary>A unique index the handler does not know of makes the database refuse the insert: the entry goes with it.</summary>
    [Fact]
    public async Task AWriteTheDatabaseRefuses_With409_LeavesNoAuditEntry()
    {
        await api.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE UNIQUE INDEX ux_test_atomic_organisation_name ON organisations ((name->>'en')) WHERE name->>'en' LIKE 'Atomic %'"));
        var editor = api.WithToken(TestTokens.For(Policies.EditorRole, subject: "atomic-editor"));
        var body = new JsonObject { ["name"] = new JsonObject { ["en"] = "Atomic Body" }, ["kind"] = "company" };
        await (await editor.PostJsonAsync("/api/v1/organisations", body)).AssertJsonAsync(HttpStatusCode.Created);

        await (await editor.PostJsonAsync("/api/v1/organisations", body)).AssertProblemAsync(HttpStatusCode.Conflict);

        var entries = await EntriesOfAsync("atomic-editor");
        Assert.Single(entries);
        Assert.Equal(1, await api.WithDbAsync(db => db.Organisations.CountAsync(o => o.Slug.StartsWith("atomic-body"))));
    }

    [Fact]
    public async Task PublicWrites_AreNotAudited_AndTheRetentionSweepIsAuditedAsTheSystem()
    {
        var eventId = await api.OpenEventAsync("Audit Retention");
        var receipt = await api.RegisterAsync(eventId, "retention.audit@example.com");
        var registrationId = Guid.Parse(receipt["registration"]!["id"]!.GetValue<string>());
        Assert.Empty(await api.WithDbAsync(db => db.AuditEntries.Where(a => a.ResourceId == registrationId).ToListAsync()));

        await api.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE events SET window_start = now() - interval '25 months', window_end = now() - interval '25 months' WHERE id = {Guid.Parse(eventId)}"));
        await using (var scope = api.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new EraseExpiredRegistrationsCommand(24), CancellationToken.None);

        var entry = Assert.Single(await api.WithDbAsync(db => db.AuditEntries.Where(a => a.ResourceId == registrationId).ToListAsync()));
        Assert.Equal((AuditActor.System, EraseExpiredRegistrationsHandler.RetentionJob, AuditActions.Erased, (string?)null),
            (entry.ActorKind, entry.ActorId, entry.Action, entry.IpAddress));
    }

    private IEnumerable<Write> WriteEndpoints() =>
        api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is { } methods && WriteMethods.Contains(methods.HttpMethods[0]))
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => new Write(
                e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods[0],
                Constraint().Replace(e.RoutePattern.RawText!.Replace("v{version:apiVersion}", "v1", StringComparison.Ordinal), "{$1}").TrimEnd('/'),
                e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Last()));

    /// <summary>Creations first and deletions last; a resource's status moves in the order its transitions allow.</summary>
    private static int Rank(Write write) => write.Method switch
    {
        "DELETE" => 9,
        "POST" when !write.Path.Contains('{', StringComparison.Ordinal) => 0,
        "PUT" or "PATCH" => 1,
        _ => write.Path.Split('/')[^1] switch { "publish" => 2, "postpone" or "terminate" => 3, "cancel" => 4, "unpublish" => 5, _ => 2 },
    };

    private async Task<Actor> ActorAsync(string policy, int number)
    {
        // Writes that accept API keys are made with a key that has only the scope they need.
        string? scope = policy switch
        {
            Policies.RegistrationsWrite => ApiKeyScopes.RegistrationsWrite,
            Policies.ContentWrite => ApiKeyScopes.ContentWrite,
            Policies.ContentPublish or Policies.ContentDelete => ApiKeyScopes.ContentPublish,
            _ => null,
        };
        if (scope is not null)
        {
            var (id, secret) = await api.CreateKeyAsync([scope]);
            return new Actor(api.WithKey(secret), AuditActor.ApiKey, id);
        }
        var subject = $"audit-writer-{number}";
        var role = policy == Policies.Admin ? Policies.AdminRole : Policies.EditorRole;
        return new Actor(api.WithToken(TestTokens.For(role, subject: subject)), AuditActor.User, subject);
    }

    /// <summary>The example's URL, with resources in the state the write needs where the shared targets cannot serve.</summary>
    private async Task<string> UrlAsync(Write write, ExampleTargets targets, JsonNode? example, HttpClient admin, JsonNode document)
    {
        var segments = write.Path.Split('/');
        // A deletion gets a resource of its own, made from the collection's own example: the shared one may by now be
        // published (and no longer deletable) or, for API keys, not exist.
        if (write.Method == "DELETE" && segments is [.., "{id}"] && document["paths"]?[write.Path[..^"/{id}".Length]]?["post"]?["requestBody"]?["content"]?["application/json"]?["example"] is { } create)
        {
            using var created = await admin.PostJsonAsync(write.Path[..^"/{id}".Length], create.DeepClone());
            if (created.StatusCode == HttpStatusCode.Created) return created.Headers.Location!.OriginalString;
        }
        if (write.Path.StartsWith("/api/v1/events/{eventId}/registrations/{id}/", StringComparison.Ordinal))
        {
            var transition = segments[^1];
            var eventId = await api.OpenEventAsync("Audit " + transition, capacity: 1);
            var first = await RegistrationAsync(eventId, $"{transition}.first@example.com", exhibitor: transition is "approve" or "reject");
            var target = transition == "promote" ? await RegistrationAsync(eventId, $"{transition}.second@example.com", exhibitor: false) : first;
            return $"/api/v1/events/{eventId}/registrations/{target}/{transition}";
        }
        if (write.Path == "/api/v1/trash/{type}/{id}/restore")
        {
            // A person of its own, deleted into the trash, to restore.
            var person = await (await admin.PostJsonAsync("/api/v1/people", new JsonObject
            {
                ["name"] = new JsonObject { ["en"] = "Audit Restored" }, ["appointments"] = new JsonArray(),
            })).AssertJsonAsync(HttpStatusCode.Created);
            var personId = person["id"]!.GetValue<string>();
            Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/people/{personId}")).StatusCode);
            return $"/api/v1/trash/person/{personId}/restore";
        }
        if (write.Path == "/api/v1/registrations/{id}/erasure")
            return $"/api/v1/registrations/{await RegistrationAsync(await api.OpenEventAsync("Audit erasure"), "erasure.one@example.com", exhibitor: false)}/erasure";
        if (write.Path == "/api/v1/registrations/erasure")
            await RegistrationAsync(await api.OpenEventAsync("Audit person erasure"), example!["email"]!.GetValue<string>(), exhibitor: false);
        if (write.Path.StartsWith("/api/v1/webhooks/{id}/", StringComparison.Ordinal) && write.Path.EndsWith("/redeliver", StringComparison.Ordinal))
        {
            var webhookId = targets.Url("/api/v1/webhooks/{id}").Split('/')[^1];
            var events = await (await admin.GetAsync("/api/v1/webhooks/events")).AssertJsonAsync(HttpStatusCode.OK);
            var webhookEventId = events["items"]![0]!["id"]!.GetValue<string>();
            if (write.Path.Contains("/events/", StringComparison.Ordinal)) return $"/api/v1/webhooks/{webhookId}/events/{webhookEventId}/redeliver";
            var delivery = await (await admin.PostAsync($"/api/v1/webhooks/{webhookId}/events/{webhookEventId}/redeliver", null)).AssertJsonAsync(HttpStatusCode.Created);
            var deliveryId = Guid.Parse(delivery["id"]!.GetValue<string>());
            await api.WithDbAsync(db => db.Database.ExecuteSqlAsync(
                $"UPDATE webhook_deliveries SET status = 'DeadLettered', dead_lettered_at = now(), next_attempt_at = NULL WHERE id = {deliveryId}"));
            return $"/api/v1/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver";
        }
        return targets.Url(write.Path);
    }

    private async Task<string> RegistrationAsync(string eventId, string email, bool exhibitor)
    {
        var body = new JsonObject
        {
            ["registrant"] = new JsonObject { ["name"] = "Audit Person", ["email"] = email },
            ["consent"] = new JsonObject { ["statementVersion"] = Integrations.Statement, ["language"] = "en" },
        };
        if (exhibitor)
        {
            body["kind"] = "exhibitor";
            body["exhibitor"] = new JsonObject { ["companyName"] = "Audit Exhibits Ltd", ["technology"] = "Digital twins" };
        }
        var receipt = await (await api.Anonymous().PostJsonAsync($"/api/v1/events/{eventId}/registrations", body)).AssertJsonAsync(HttpStatusCode.Created);
        return receipt["registration"]!["id"]!.GetValue<string>();
    }

    /// <summary>
    /// What the write acted on: the created resource (Location), the resource answered, the registrations a bulk upsert or
    /// an erasure reports, or else the one the path names.
    /// </summary>
    private static List<Guid> ResourcesOf(HttpResponseMessage response, string body, string url)
    {
        if (response.Headers.Location is { } location && Guid.TryParse(location.OriginalString.Split('/')[^1], out var created)) return [created];
        var answer = body.StartsWith('{') ? JsonNode.Parse(body) : null;
        // An upload answers the image; the entry is of the resource that carries it, named in the address.
        if (answer?["renditions"] is null && answer?["id"] is { } id) return [Guid.Parse(id.GetValue<string>())];
        // A check-in answers the registration it checked in.
        if (answer?["registrationId"] is { } registrationId) return [Guid.Parse(registrationId.GetValue<string>())];
        if (answer?["items"] is JsonArray items) return [.. items.Select(i => Guid.Parse(i!["registrationId"]!.GetValue<string>()))];
        if (answer?["erased"] is JsonArray erased) return [.. erased.Select(e => Guid.Parse(e!.GetValue<string>()))];
        return [url.Split('/').Reverse().Select(s => Guid.TryParse(s, out var g) ? g : Guid.Empty).First(g => g != Guid.Empty)];
    }

    private Task<List<AuditEntry>> EntriesOfAsync(string actorId) =>
        api.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.ActorId == actorId).ToListAsync());

    private static HttpRequestMessage Request(string method, string url, string? body, string forwardedFor, bool upload = false)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (upload) request.Content = new MultipartFormDataContent { { new ByteArrayContent(TestImages.Png(40, 30)), "file", "logo.png" } };
        else if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return request;
    }

    private static JsonObject Bulk(string name, string email, string? phone, string? company)
    {
        var registrant = new JsonObject { ["name"] = name, ["email"] = email };
        if (phone is not null) registrant["phone"] = phone;
        if (company is not null) registrant["company"] = company;
        return new JsonObject
        {
            ["items"] = new JsonArray(new JsonObject
            {
                ["externalReference"] = "CRM-PII-0001",
                ["registrant"] = registrant,
                ["consent"] = new JsonObject { ["statementVersion"] = Integrations.Statement, ["language"] = "en" },
            }),
        };
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"\{(\w+):[^}]+\}")]
    private static partial Regex Constraint();
}

/// <summary>Without a trusted proxy, a client's X-Forwarded-For is not believed: the audit log keeps the peer's address.</summary>
public sealed class AuditWithoutProxyTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task ForwardedFor_FromAnUntrustedPeer_IsNotRecordedAsTheClient()
    {
        var editor = api.WithToken(TestTokens.For(Policies.EditorRole, subject: "proxy-editor"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/organisations")
        {
            Content = new StringContent("""{"name":{"en":"Proxy Body"},"kind":"company"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Forwarded-For", "198.51.100.7");
        await (await editor.SendAsync(request)).AssertJsonAsync(HttpStatusCode.Created);

        var entry = Assert.Single(await api.WithDbAsync(db => db.AuditEntries.Where(a => a.ActorId == "proxy-editor").ToListAsync()));
        var address = IPAddress.Parse(entry.IpAddress!);
        Assert.True(IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address), entry.IpAddress);
    }
}
