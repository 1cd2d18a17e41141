using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary>
/// Feeds are compressed for clients that ask (Brotli or gzip), once, and served compressed from the output cache;
/// other answers are never compressed.
/// </summary>
public sealed class FeedCompressionTests(FeedApiFactory api) : IClassFixture<FeedApiFactory>
{
    private async Task PublishedAsync(string title, string tag)
    {
        var editor = api.As("editor");
        var id = (await (await editor.PostJsonAsync("/api/v1/events", EventBodies.Seminar(title, tags: [tag]))).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        (await editor.PostAsync($"/api/v1/events/{id}/publish", null)).EnsureSuccessStatusCode();
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? encoding, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (encoding is not null) request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await api.Anonymous().SendAsync(request);
    }

    private static byte[] Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Feed_AskedCompressed_IsTheSameBodyCompressedOnce_AndRevalidates(string encoding)
    {
        var tag = $"compressed-{encoding}";
        await PublishedAsync($"Compressed Feed Seminar {encoding}", tag);
        var path = $"/api/v1/feeds/events?tag={tag}&lang=en";

        using var plain = await GetAsync(path, encoding: null);
        var plainBody = await plain.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        var strongETag = plain.Headers.ETag!;
        Assert.False(strongETag.IsWeak);
        Assert.Contains("Compressed Feed Seminar", System.Text.Encoding.UTF8.GetString(plainBody), StringComparison.Ordinal);

        var handledBefore = api.Handled("ListFeedEventsQuery");
        using var first = await GetAsync(path, encoding);
        using var second = await GetAsync(path, encoding);
        var firstBody = await first.Content.ReadAsByteArrayAsync();
        var secondBody = await second.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal([encoding], first.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", first.Headers.Vary);
        Assert.True(firstBody.Length < plainBody.Length, $"{firstBody.Length} compressed bytes against {plainBody.Length}");
        Assert.Equal(plainBody, Decompress(firstBody, encoding));
        // A compressed body is another representation: the same tag, weak.
        Assert.Equal(new EntityTagHeaderValue(strongETag.Tag, isWeak: true), first.Headers.ETag);
        // The second answer is the cached compressed bytes: the feed was built once for this encoding.
        Assert.Equal(firstBody, secondBody);
        Assert.Equal([encoding], second.Content.Headers.ContentEncoding);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(handledBefore + 1, api.Handled("ListFeedEventsQuery"));

        using var revalidated = await GetAsync(path, encoding, ifNoneMatch: first.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/events?tag=compressed-never&when=all")]
    [InlineData("/api/v1/organisations")]
    public async Task OtherAnswers_AreNotCompressed_EvenWhenAsked(string path)
    {
        await PublishedAsync("Never Compressed Seminar", "compressed-never");

        using var response = await GetAsync(path, "br");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.NotNull(System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }
}
