using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Scc.Api.Http;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Security;

/// <summary>Each endpoint's body limit holds to the byte, and an oversized body is refused with a problem before it is read.</summary>
public sealed class RequestLimitTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    public static readonly TheoryData<string> Kinds = ["staff content", "public registration", "bulk upsert"];

    private sealed record Target(string Path, long Limit, JsonObject Body, HttpStatusCode Success, Action<HttpClient> Authorize);

    private async Task<Target> TargetAsync(string kind)
    {
        var bearer = (HttpClient client) => client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For("editor"));
        switch (kind)
        {
            case "staff content":
                return new Target("/api/v1/events", RequestBodyLimits.Content, EventBodies.Seminar("Body limit " + Guid.NewGuid()), HttpStatusCode.Created, c => bearer(c));
            case "public registration":
                var open = await api.OpenEventAsync("Body limit registration");
                var registration = new JsonObject
                {
                    ["registrant"] = new JsonObject { ["name"] = "Chan Tai Man", ["email"] = $"limit-{Guid.NewGuid():N}@example.com" },
                    ["consent"] = new JsonObject { ["statementVersion"] = Integrations.Statement, ["language"] = "en" },
                };
                return new Target($"/api/v1/events/{open}/registrations", RequestBodyLimits.Public, registration, HttpStatusCode.Created, _ => { });
            default:
                var eventId = await api.OpenEventAsync("Body limit bulk");
                var (_, secret) = await api.CreateKeyAsync(["registrations:write"]);
                var item = new JsonObject
                {
                    ["externalReference"] = "LIMIT-" + Guid.NewGuid().ToString("N"),
                    ["registrant"] = new JsonObject { ["name"] = "Bulk Person", ["email"] = $"bulk-{Guid.NewGuid():N}@example.com" },
                    ["consent"] = new JsonObject { ["statementVersion"] = Integrations.Statement, ["language"] = "en" },
                };
                return new Target($"/api/v1/events/{eventId}/registrations/bulk", RequestBodyLimits.Bulk, new JsonObject { ["items"] = new JsonArray(item) },
                    HttpStatusCode.OK, c => c.DefaultRequestHeaders.Add("X-Api-Key", secret));
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task BodyExactlyAtTheEndpointsLimit_IsAccepted(string kind)
    {
        var target = await TargetAsync(kind);
        var json = Encoding.UTF8.GetBytes(target.Body.ToJsonString());
        // Whitespace after the value is valid JSON, so the body reaches the limit to the byte and stays a valid request.
        var body = json.Concat(Enumerable.Repeat((byte)' ', (int)target.Limit - json.Length)).ToArray();
        using var client = api.CreateClient();
        target.Authorize(client);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");

        using var response = await client.PostAsync(target.Path, content);

        Assert.Equal(target.Limit, body.Length);
        Assert.Equal(target.Success, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task BodyOneByteOverTheEndpointsLimit_Gets413NamingTheLimit_BeforeTheBodyIsSent(string kind)
    {
        var target = await TargetAsync(kind);
        using var client = api.CreateClient();
        target.Authorize(client);

        // Only the head goes out: the server must refuse on the announced length alone, without reading a byte of the body.
        var (status, head, body) = await AnnounceBodyAsync(client, target.Path, target.Limit + 1);

        Assert.Equal(413, status);
        Assert.Contains("content-type: application/problem+json", head, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"payload_too_large\"", body, StringComparison.Ordinal);
        Assert.True(body.Contains(target.Limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes", StringComparison.Ordinal), body);
    }

    [Fact]
    public void EveryEndpointOpenToAnonymousCallers_TakesAtMostThePublicLimit_AndNoneMoreThanTheBulkLimit_ButImageUploads()
    {
        var serverLimit = api.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits.MaxRequestBodySize;
        var withBodies = api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAcceptsMetadata>() is not null)
            .Select(e => (Name: $"{string.Join(",", e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])} {e.RoutePattern.RawText}",
                Anonymous: e.Metadata.GetMetadata<IAllowAnonymous>() is not null,
                Limit: e.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? serverLimit))
            .ToList();

        Assert.True(withBodies.Count >= 30, $"only {withBodies.Count} endpoints take a body");
        Assert.Contains(withBodies, e => e.Anonymous);
        Assert.All(withBodies.Where(e => e.Anonymous), e => Assert.True(e.Limit <= RequestBodyLimits.Public, $"{e.Name} takes {e.Limit} bytes from anyone"));
        // Staff upload posters, logos and portraits of up to 10 MB (ADR 23); those endpoints alone take more.
        var imageUploads = withBodies.Where(e => e.Name.EndsWith("/poster", StringComparison.Ordinal) || e.Name.EndsWith("/logo", StringComparison.Ordinal) ||
                                                 e.Name.EndsWith("/portrait", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, imageUploads.Count);
        Assert.All(imageUploads, e => Assert.False(e.Anonymous));
        Assert.All(imageUploads, e => Assert.Equal(Scc.Api.Endpoints.V1.ImagesEndpoints.BodyLimit, e.Limit));
        Assert.All(withBodies.Except(imageUploads), e => Assert.True(e.Limit <= RequestBodyLimits.Bulk, $"{e.Name} takes {e.Limit} bytes"));
    }

    [Theory]
    [InlineData("/api/v1/events/{eventId}/registrations", RequestBodyLimits.Public)]
    [InlineData("/api/v1/events/{eventId}/registrations/bulk", RequestBodyLimits.Bulk)]
    [InlineData("/api/v1/events", RequestBodyLimits.Content)]
    public async Task OpenApiDocument_StatesEachOperationsBodyLimit(string path, long limit)
    {
        var document = JsonNode.Parse(await api.Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;

        var tooLarge = document["paths"]![path]!["post"]!["responses"]!["413"]!["description"]!.GetValue<string>();

        Assert.Contains(limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes", tooLarge, StringComparison.Ordinal);
    }

    /// <summary>Sends a request head announcing a body of <paramref name="length"/> bytes, sends no body, and reads the answer.</summary>
    private static async Task<(int Status, string Head, string Body)> AnnounceBodyAsync(HttpClient client, string path, long length)
    {
        var address = client.BaseAddress!;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        var head = new StringBuilder($"POST {path} HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n");
        foreach (var header in client.DefaultRequestHeaders) head.Append(header.Key).Append(": ").Append(string.Join(",", header.Value)).Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var received = new List<byte>();
        var buffer = new byte[8192];
        while (!Complete(received) && await stream.ReadAsync(buffer, timeout.Token) is var read and > 0) received.AddRange(buffer[..read]);
        var text = Encoding.UTF8.GetString(received.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (int.Parse(text.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), text[..split], text[(split + 4)..]);
    }

    /// <summary>Whether a whole answer has arrived: its head, then Content-Length bytes or the last chunk.</summary>
    private static bool Complete(List<byte> received)
    {
        var text = Encoding.UTF8.GetString(received.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (split < 0) return false;
        var lengthLine = text[..split].Split("\r\n").FirstOrDefault(l => l.StartsWith("content-length:", StringComparison.OrdinalIgnoreCase));
        return lengthLine is not null
            ? Encoding.UTF8.GetByteCount(text[(split + 4)..]) >= int.Parse(lengthLine.Split(':')[1].Trim(), System.Globalization.CultureInfo.InvariantCulture)
            : text.EndsWith("\r\n0\r\n\r\n", StringComparison.Ordinal);
    }
}
