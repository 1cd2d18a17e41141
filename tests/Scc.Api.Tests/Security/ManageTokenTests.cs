using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Logs;
using OpenTelemetry.Trace;
using Scc.Api.Tests.Support;
using Xunit.Abstractions;

namespace Scc.Api.Tests.Security;

/// <summary>
/// The API exporting traces (as with <c>OpenTelemetry:OtlpEndpoint</c> set) and logging everything down to Debug with
/// scopes, as an operator investigating a problem might; both are also kept in memory by OpenTelemetry's in-memory exporter.
/// </summary>
public sealed class TelemetryApiFactory : ApiFactory
{
    public LockedCollection<Activity> Spans { get; } = new();
    public LockedCollection<LogRecord> Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Nothing listens there: the OTLP export fails at once, the in-memory copy is what the tests read.
        builder.UseSetting("OpenTelemetry:OtlpEndpoint", "http://127.0.0.1:1");
        builder.UseSetting("Logging:LogLevel:Default", "Debug");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Debug");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics", "Debug");
        builder.ConfigureLogging(logging => logging.AddOpenTelemetry(options =>
        {
            options.IncludeScopes = true;
            options.IncludeFormattedMessage = true;
            options.AddInMemoryExporter(Logs);
        }));
        builder.ConfigureTestServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans)));
    }
}

/// <summary>Manage tokens: in the path for e-mailed links, in a header for API clients, and never in a trace or a log.</summary>
public sealed class ManageTokenTests(TelemetryApiFactory api, ITestOutputHelper output) : IClassFixture<TelemetryApiFactory>
{
    private const string Header = "X-Manage-Token";
    private const string PathTemplate = "/api/v1/registrations/manage/{token}";

    [Fact]
    public async Task Traces_and_logs_of_manage_token_requests_carry_the_route_template_and_never_the_token()
    {
        var eventId = await api.OpenEventAsync("Traced Seminar");
        var token = (await api.RegisterAsync(eventId, "traced@example.org"))["manageToken"]!.GetValue<string>();
        // Activity listeners are process-wide, so the exporter also sees the test servers other classes run meanwhile:
        // this test's requests are sent within a trace of its own (the HTTP client propagates it), and only the server
        // spans of that trace are examined. It is marked sampled, as the API's sampler follows the caller's decision.
        using var root = new Activity(nameof(ManageTokenTests)) { ActivityTraceFlags = ActivityTraceFlags.Recorded }.Start();
        var trace = root.TraceId;
        var client = api.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/registrations/manage/{token}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/registrations/manage/{token}")).StatusCode);
        // A token-shaped guess that matches nothing, and a path below it that no route matches.
        var guess = token[..^4] + "AAAA";
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/registrations/manage/{guess}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/registrations/manage/{guess}/more")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/search?q=marker")).StatusCode);

        var spans = await ServerSpansAsync(trace, last: "/api/v1/search");
        Assert.Equal(4, spans.Count);
        var manage = spans.Where(s => Tag(s, "http.route") == PathTemplate).ToList();
        Assert.Equal(3, manage.Count);
        Assert.All(manage, span => Assert.Equal(PathTemplate, Tag(span, "url.path")));
        var unmatched = Assert.Single(spans, s => Tag(s, "http.route") is null);
        Assert.Null(Tag(unmatched, "url.path"));

        var secrets = new[] { token, guess };
        var leaks = new List<string>();
        // The test's own HTTP client runs in this process and is traced too: its spans are the caller's, not the API's.
        foreach (var span in api.Spans.Where(s => s.Source.Name != "System.Net.Http"))
        {
            var texts = span.TagObjects.Select(t => $"{t.Key}={t.Value}")
                .Concat(span.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}: {t.Key}={t.Value}")))
                .Append("name=" + span.DisplayName).Append("status=" + span.StatusDescription);
            leaks.AddRange(texts.Where(text => secrets.Any(s => text.Contains(s, StringComparison.Ordinal))).Select(text => $"span {span.OperationName}: {text}"));
        }
        foreach (var log in api.Logs.Snapshot())
        {
            var texts = new List<string> { log.FormattedMessage ?? "", log.Body ?? "" };
            texts.AddRange(log.Attributes?.Select(a => $"{a.Key}={a.Value}") ?? []);
            log.ForEachScope((scope, list) =>
            {
                foreach (var item in scope) list.Add($"scope {item.Key}={item.Value}");
            }, texts);
            leaks.AddRange(texts.Where(text => secrets.Any(s => text.Contains(s, StringComparison.Ordinal))).Select(text => $"log {log.CategoryName}: {text}"));
        }
        output.WriteLine($"{api.Spans.Count} spans, {api.Logs.Count} log records read.");
        Assert.True(leaks.Count == 0, "The manage token reached telemetry:\n" + string.Join("\n", leaks.Distinct()));
    }

    [Fact]
    public async Task The_manage_token_in_the_X_Manage_Token_header_reads_and_cancels_the_registration()
    {
        var eventId = await api.OpenEventAsync("Header Token Seminar");
        var token = (await api.RegisterAsync(eventId, "header-token@example.org", name: "Lee Header"))["manageToken"]!.GetValue<string>();

        var read = await api.Anonymous().SendAsync(WithToken(HttpMethod.Get, token));
        var own = await read.AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("header-token@example.org", own["registrant"]!["email"]!.GetValue<string>());
        Assert.Equal("no-store", read.Headers.CacheControl?.ToString());
        var byPath = await (await api.Anonymous().GetAsync($"/api/v1/registrations/manage/{token}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(byPath.ToJsonString(), own.ToJsonString());

        var unchanged = WithToken(HttpMethod.Get, token);
        unchanged.Headers.TryAddWithoutValidation("If-None-Match", read.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, (await api.Anonymous().SendAsync(unchanged)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await api.Anonymous().SendAsync(WithToken(HttpMethod.Delete, token))).StatusCode);
        var after = await (await api.Anonymous().SendAsync(WithToken(HttpMethod.Get, token))).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("cancelled", after["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_wrong_or_malformed_token_in_the_header_is_404_as_in_the_path()
    {
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Delete })
        {
            await (await api.Anonymous().SendAsync(WithToken(method, new string('A', 43)))).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
            await (await api.Anonymous().SendAsync(WithToken(method, "not a token"))).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        }
    }

    [Fact]
    public async Task Without_the_header_the_manage_address_answers_400_naming_it()
    {
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Delete })
        {
            var problem = await (await api.Anonymous().SendAsync(new HttpRequestMessage(method, "/api/v1/registrations/manage")))
                .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
            Assert.Contains(Header, problem.ErrorKeys());
        }
    }

    private static HttpRequestMessage WithToken(HttpMethod method, string token)
    {
        var request = new HttpRequestMessage(method, "/api/v1/registrations/manage");
        request.Headers.TryAddWithoutValidation(Header, token);
        return request;
    }

    private static string? Tag(Activity span, string name) => span.GetTagItem(name)?.ToString();

    /// <summary>
    /// The server spans of <paramref name="trace"/> but the one of the request to <paramref name="last"/>, once that one
    /// has ended (a span ends just after its answer is sent, so the test may read the answer first).
    /// </summary>
    private async Task<IReadOnlyList<Activity>> ServerSpansAsync(ActivityTraceId trace, string last)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var spans = api.Spans.Snapshot().Where(s => s.Kind == ActivityKind.Server && s.TraceId == trace).ToList();
            bool IsLast(Activity span) => Tag(span, "http.route")?.StartsWith(last, StringComparison.Ordinal) == true;
            if (spans.Any(IsLast)) return spans.Where(s => !IsLast(s)).ToList();
            Assert.True(DateTime.UtcNow < deadline, $"No span of {last} after 10 s; {spans.Count} server spans of the test's trace.");
            await Task.Delay(50);
        }
    }
}
