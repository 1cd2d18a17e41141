using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Scc.Api.Tests.Support;
using Scc.Application.Trash.PurgeTrash;
using SkiaSharp;

namespace Scc.Api.Tests;

/// <summary>
/// Uploaded posters, logos and portraits (ADR 23), with image files made in the test: checked by content, turned upright,
/// stripped of metadata, served in renditions from the database by every instance; bad files refused with nothing stored.
/// </summary>
public sealed class ImageUploadTests(ImageUploadTests.TwoInstances instances) : IClassFixture<ImageUploadTests.TwoInstances>
{
    /// <summary>Two API instances on one database: A owns it, B shares it.</summary>
    public sealed class TwoInstances : IAsyncLifetime
    {
        public ApiFactory A { get; } = new();

        public SharedDatabaseApiFactory B { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await A.InitializeAsync();
            B = new SharedDatabaseApiFactory(A.ConnectionString);
            await B.InitializeAsync();
        }

        public async Task DisposeAsync()
        {
            await B.DisposeAsync();
            await A.DisposeAsync();
        }
    }

    /// <summary>A second instance of the API on another instance's database.</summary>
    public sealed class SharedDatabaseApiFactory(string connectionString) : ApiFactory
    {
        protected override string? SharedConnectionString => connectionString;
    }

    private ApiFactory Api => instances.A;

    private async Task<string> CreateEventAsync(string title) =>
        (await (await Api.As("editor").PostJsonAsync("/api/v1/events", EventBodies.Seminar(title))).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();

    private static MultipartFormDataContent Form(byte[] file, string fileName, string mediaType, string? altEn = null, string? altZhHant = null)
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        form.Add(part, "file", fileName);
        if (altEn is not null) form.Add(new StringContent(altEn), "altEn");
        if (altZhHant is not null) form.Add(new StringContent(altZhHant), "altZhHant");
        return form;
    }

    private async Task<HttpResponseMessage> UploadAsync(string path, byte[] file, string fileName, string mediaType, HttpClient? client = null)
    {
        using var form = Form(file, fileName, mediaType);
        return await (client ?? Api.As("editor")).PutAsync(path, form);
    }

    private Task<int> RenditionRowsAsync() => Api.WithDbAsync(db => db.ImageRenditions.CountAsync());

    private static async Task<byte[]> FetchAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static IReadOnlyList<(int Width, string Type, string Url)> Renditions(JsonNode image) =>
        [.. image["renditions"]!.AsArray().Select(r => (r!["width"]!.GetValue<int>(), r["type"]!.GetValue<string>(), r["url"]!.GetValue<string>()))];

    [Fact]
    public async Task A_png_poster_gets_renditions_at_320_800_and_1600_in_webp_and_png_each_decodable_at_its_width()
    {
        var id = await CreateEventAsync("Poster PNG");

        var image = await (await UploadAsync($"/api/v1/events/{id}/poster", TestImages.Png(2000, 1000), "poster.png", "image/png"))
            .AssertJsonAsync(HttpStatusCode.OK);

        Assert.Equal(2000, image["width"]!.GetValue<int>());
        Assert.Equal(1000, image["height"]!.GetValue<int>());
        var renditions = Renditions(image);
        Assert.Equal(
            ["320 image/png", "320 image/webp", "800 image/png", "800 image/webp", "1600 image/png", "1600 image/webp"],
            renditions.Select(r => $"{r.Width} {r.Type}").Order(StringComparer.Ordinal).OrderBy(r => int.Parse(r.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)));
        var anonymous = Api.Anonymous();
        foreach (var (width, type, url) in renditions)
        {
            Assert.StartsWith(anonymous.BaseAddress!.ToString(), url, StringComparison.Ordinal);
            var decoded = TestImages.Decode(await FetchAsync(anonymous, url))!.Value;
            Assert.Equal((width, width / 2), (decoded.Width, decoded.Height));
            Assert.Equal(type == "image/webp" ? SKEncodedImageFormat.Webp : SKEncodedImageFormat.Png, decoded.Format);
        }
        Assert.EndsWith("/800.png", image["src"]!.GetValue<string>(), StringComparison.Ordinal);

        // The event carries it, for everyone who may read the event.
        var read = await (await Api.As("editor").GetAsync($"/api/v1/events/{id}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(image.ToJsonString(), read["poster"]!.ToJsonString());
        var listed = await (await Api.As("editor").GetAsync("/api/v1/events?limit=100")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(image.ToJsonString(), listed["items"]!.AsArray().Single(e => e!["id"]!.GetValue<string>() == id)!["poster"]!.ToJsonString());
    }

    [Fact]
    public async Task A_jpeg_with_exif_is_turned_upright_and_served_without_its_exif()
    {
        var id = await CreateEventAsync("Poster JPEG");
        var jpeg = TestImages.JpegWithExif(400, 200);
        Assert.Contains(TestImages.ExifSecret, Encoding.ASCII.GetString(jpeg), StringComparison.Ordinal);

        using var form = Form(jpeg, "photo.jpg", "image/jpeg", altEn: "The seminar's poster", altZhHant: "研討會海報");
        var image = await (await Api.As("editor").PutAsync($"/api/v1/events/{id}/poster", form)).AssertJsonAsync(HttpStatusCode.OK);

        // Orientation 6: the stored 400 × 200 pixels are shown turned a quarter clockwise, 200 × 400.
        Assert.Equal((200, 400), (image["width"]!.GetValue<int>(), image["height"]!.GetValue<int>()));
        Assert.Equal("The seminar's poster", image["alt"]!["en"]!.GetValue<string>());
        Assert.Equal("研討會海報", image["alt"]!["zh-Hant"]!.GetValue<string>());
        // Narrower than 320: one width, its own, never enlarged.
        var renditions = Renditions(image);
        Assert.Equal(["200 image/jpeg", "200 image/webp"], renditions.Select(r => $"{r.Width} {r.Type}").Order(StringComparer.Ordinal));
        foreach (var (_, type, url) in renditions)
        {
            var served = await FetchAsync(Api.Anonymous(), url);
            var text = Encoding.ASCII.GetString(served);
            Assert.DoesNotContain("Exif", text, StringComparison.Ordinal);
            Assert.DoesNotContain(TestImages.ExifSecret, text, StringComparison.Ordinal);
            Assert.Equal((200, 400), (TestImages.Decode(served)!.Value.Width, TestImages.Decode(served)!.Value.Height));
            // The red corner, top left as stored, is top right once upright.
            var corner = TestImages.PixelAt(served, 190, 10);
            Assert.True(corner.Red > 180 && corner.Green < 90 && corner.Blue < 90, $"{type}: {corner} at the top right");
            var other = TestImages.PixelAt(served, 10, 10);
            Assert.False(other.Red > 180 && other.Green < 90, $"{type}: {other} at the top left");
        }
    }

    [Fact]
    public async Task A_webp_logo_is_served_in_webp_only_and_read_with_the_organisation()
    {
        var organisationId = await Api.AddOrganisationAsync("Logo WebP");

        var image = await (await UploadAsync($"/api/v1/organisations/{organisationId}/logo", TestImages.Webp(900, 300), "logo.webp", "image/webp"))
            .AssertJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["320 image/webp", "800 image/webp"], Renditions(image).Select(r => $"{r.Width} {r.Type}"));
        Assert.EndsWith("/800.webp", image["src"]!.GetValue<string>(), StringComparison.Ordinal);
        var organisation = await (await Api.Anonymous().GetAsync($"/api/v1/organisations/{organisationId}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(image.ToJsonString(), organisation["logo"]!.ToJsonString());
    }

    [Fact]
    public async Task A_portrait_is_read_with_the_person_and_an_api_key_with_the_content_scope_may_upload_it()
    {
        var person = await (await Api.As("editor").PostJsonAsync("/api/v1/people",
            new JsonObject { ["name"] = new JsonObject { ["en"] = "Portrait Person" }, ["appointments"] = new JsonArray() })).AssertJsonAsync(HttpStatusCode.Created);
        var id = person["id"]!.GetValue<string>();
        Assert.Null(person["portrait"]);
        var (_, secret) = await Api.CreateKeyAsync(["content:write"]);

        var image = await (await UploadAsync($"/api/v1/people/{id}/portrait", TestImages.Png(500, 600), "me.png", "image/png", Api.WithKey(secret)))
            .AssertJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["320 image/png", "320 image/webp"], Renditions(image).Select(r => $"{r.Width} {r.Type}").Order(StringComparer.Ordinal));
        var read = await (await Api.Anonymous().GetAsync($"/api/v1/people/{id}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(image.ToJsonString(), read["portrait"]!.ToJsonString());
    }

    public static TheoryData<string, string, string, int, string> BadFiles => new()
    {
        { "truncated", "cut.png", "image/png", 422, "image_unreadable" },
        { "script", "innocent.png", "image/png", 415, "unsupported_image_type" },
        { "bomb", "bomb.png", "image/png", 422, "image_dimensions_too_large" },
        { "empty", "empty.png", "image/png", 400, "validation_failed" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_gets_a_problem_and_nothing_is_stored(string kind, string fileName, string mediaType, int status, string code)
    {
        var file = kind switch
        {
            "truncated" => TestImages.TruncatedPng(),
            "script" => TestImages.Script(),
            "bomb" => TestImages.PngBomb(),
            _ => [],
        };
        if (kind == "bomb") Assert.True(file.Length < 64 * 1024, $"the bomb is {file.Length} bytes");
        var id = await CreateEventAsync("Bad file " + kind);
        var before = await RenditionRowsAsync();

        await (await UploadAsync($"/api/v1/events/{id}/poster", file, fileName, mediaType)).AssertProblemAsync((HttpStatusCode)status, code);

        Assert.Equal(before, await RenditionRowsAsync());
        var read = await (await Api.As("editor").GetAsync($"/api/v1/events/{id}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Null(read["poster"]);
    }

    [Fact]
    public async Task A_file_over_10_MB_gets_413_and_nothing_is_stored()
    {
        var id = await CreateEventAsync("Too large");
        var before = await RenditionRowsAsync();
        var file = new byte[11 * 1024 * 1024];
        TestImages.Png(10, 10).CopyTo(file, 0);
        var client = Api.As("editor");
        // The server refuses on the announced length, before the body is sent.
        client.DefaultRequestHeaders.ExpectContinue = true;

        await (await UploadAsync($"/api/v1/events/{id}/poster", file, "large.png", "image/png", client))
            .AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "payload_too_large");

        Assert.Equal(before, await RenditionRowsAsync());
    }

    [Fact]
    public async Task An_upload_without_the_file_field_or_not_as_a_form_gets_a_problem()
    {
        var id = await CreateEventAsync("Malformed upload");
        var editor = Api.As("editor");

        using var withoutFile = new MultipartFormDataContent { { new StringContent("Alt only"), "altEn" } };
        await (await editor.PutAsync($"/api/v1/events/{id}/poster", withoutFile)).AssertProblemAsync(HttpStatusCode.BadRequest, "malformed_request");

        using var raw = new ByteArrayContent(TestImages.Png(50, 50));
        await (await editor.PutAsync($"/api/v1/events/{id}/poster", raw)).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
        await (await editor.PutAsync($"/api/v1/events/{id}/poster", null)).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
        using var json = new StringContent("{}", Encoding.UTF8, "application/json");
        await (await editor.PutAsync($"/api/v1/events/{id}/poster", json)).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }

    [Fact]
    public async Task Uploads_need_content_write_credentials_and_an_existing_item()
    {
        var id = await CreateEventAsync("Anonymous upload");

        await (await UploadAsync($"/api/v1/events/{id}/poster", TestImages.Png(50, 50), "a.png", "image/png", Api.Anonymous()))
            .AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        var (_, readOnly) = await Api.CreateKeyAsync(["content:read"]);
        await (await UploadAsync($"/api/v1/events/{id}/poster", TestImages.Png(50, 50), "a.png", "image/png", Api.WithKey(readOnly)))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await UploadAsync($"/api/v1/events/{Guid.NewGuid()}/poster", TestImages.Png(50, 50), "a.png", "image/png"))
            .AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await Api.Anonymous().DeleteAsync($"/api/v1/events/{id}/poster")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task A_rendition_is_cached_for_a_year_with_a_strong_etag_and_304_and_unknown_ones_are_404()
    {
        var id = await CreateEventAsync("Cached poster");
        var image = await (await UploadAsync($"/api/v1/events/{id}/poster", TestImages.Png(400, 300), "p.png", "image/png")).AssertJsonAsync(HttpStatusCode.OK);
        var url = image["src"]!.GetValue<string>();
        var anonymous = Api.Anonymous();

        using var first = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("image/png", first.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", first.Headers.CacheControl!.ToString());
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await anonymous.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var head = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);

        var imageId = image["id"]!.GetValue<string>();
        await (await anonymous.GetAsync($"/api/v1/images/{imageId}/555.png")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await anonymous.GetAsync($"/api/v1/images/{imageId}/320.gif")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await anonymous.GetAsync($"/api/v1/images/{imageId}/320.jpg")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await anonymous.GetAsync($"/api/v1/images/{Guid.NewGuid()}/320.png")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Two_instances_serve_the_same_uploaded_image()
    {
        var id = await CreateEventAsync("Two instances");
        var image = await (await UploadAsync($"/api/v1/events/{id}/poster", TestImages.Png(1000, 500), "p.png", "image/png")).AssertJsonAsync(HttpStatusCode.OK);

        foreach (var (_, _, url) in Renditions(image))
        {
            var path = new Uri(url).PathAndQuery;
            using var fromA = await instances.A.Anonymous().GetAsync(path);
            using var fromB = await instances.B.Anonymous().GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, fromB.StatusCode);
            Assert.Equal(await fromA.Content.ReadAsByteArrayAsync(), await fromB.Content.ReadAsByteArrayAsync());
            Assert.Equal(fromA.Headers.ETag, fromB.Headers.ETag);
        }
        // B describes the event's poster on its own address.
        var onB = await (await instances.B.As("editor").GetAsync($"/api/v1/events/{id}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(image["id"]!.GetValue<string>(), onB["poster"]!["id"]!.GetValue<string>());
        Assert.StartsWith(instances.B.Anonymous().BaseAddress!.ToString(), onB["poster"]!["src"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replacing_or_removing_an_image_removes_its_renditions()
    {
        var id = await CreateEventAsync("Replaced poster");
        var editor = Api.As("editor");
        var first = await (await UploadAsync($"/api/v1/events/{id}/poster", TestImages.Png(700, 700), "a.png", "image/png")).AssertJsonAsync(HttpStatusCode.OK);
        var second = await (await UploadAsync($"/api/v1/events/{id}/poster", TestImages.Webp(700, 700), "b.webp", "image/webp")).AssertJsonAsync(HttpStatusCode.OK);

        foreach (var (_, _, url) in Renditions(first)) Assert.Equal(HttpStatusCode.NotFound, (await Api.Anonymous().GetAsync(url)).StatusCode);
        foreach (var (_, _, url) in Renditions(second)) Assert.Equal(HttpStatusCode.OK, (await Api.Anonymous().GetAsync(url)).StatusCode);
        var firstId = Guid.Parse(first["id"]!.GetValue<string>());
        Assert.Equal(0, await Api.WithDbAsync(db => db.ImageRenditions.CountAsync(r => r.ImageId == firstId)));

        Assert.Equal(HttpStatusCode.NoContent, (await editor.DeleteAsync($"/api/v1/events/{id}/poster")).StatusCode);

        foreach (var (_, _, url) in Renditions(second)) Assert.Equal(HttpStatusCode.NotFound, (await Api.Anonymous().GetAsync(url)).StatusCode);
        var read = await (await editor.GetAsync($"/api/v1/events/{id}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Null(read["poster"]);
        await (await editor.DeleteAsync($"/api/v1/events/{id}/poster")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task An_item_in_the_trash_keeps_its_image_for_a_restore_and_the_purge_removes_it()
    {
        var admin = Api.As("admin");
        var organisationId = await Api.AddOrganisationAsync("Trashed logo");
        var image = await (await UploadAsync($"/api/v1/organisations/{organisationId}/logo", TestImages.Png(400, 400), "l.png", "image/png"))
            .AssertJsonAsync(HttpStatusCode.OK);
        var imageId = Guid.Parse(image["id"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/organisations/{organisationId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/trash/organisation/{organisationId}/restore", null)).StatusCode);
        var restored = await (await admin.GetAsync($"/api/v1/organisations/{organisationId}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(image.ToJsonString(), restored["logo"]!.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, (await Api.Anonymous().GetAsync(image["src"]!.GetValue<string>())).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/organisations/{organisationId}")).StatusCode);
        await using (var scope = Api.Services.CreateAsyncScope())
        {
            var purge = ActivatorUtilities.CreateInstance<PurgeTrashHandler>(scope.ServiceProvider, new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(31)));
            Assert.True((await purge.Handle(new PurgeTrashCommand(), CancellationToken.None)).Value.Purged >= 1);
        }

        Assert.Equal(0, await Api.WithDbAsync(db => db.ImageRenditions.CountAsync(r => r.ImageId == imageId)));
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Anonymous().GetAsync(image["src"]!.GetValue<string>())).StatusCode);
    }

    [Fact]
    public async Task The_events_feeds_carry_a_published_events_poster()
    {
        var id = await CreateEventAsync("Poster in the feeds");
        using var form = Form(TestImages.Png(1000, 500), "p.png", "image/png", altEn: "Feed poster", altZhHant: "海報");
        var image = await (await Api.As("editor").PutAsync($"/api/v1/events/{id}/poster", form)).AssertJsonAsync(HttpStatusCode.OK);
        await (await Api.As("editor").PostAsync($"/api/v1/events/{id}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);

        var feed = await (await Api.Anonymous().GetAsync("/api/v1/feeds/events?lang=zh-Hant&limit=100")).AssertJsonAsync(HttpStatusCode.OK);
        var poster = feed["items"]!.AsArray().Single(e => e!["id"]!.GetValue<string>() == id)!["poster"]!;
        Assert.Equal("海報", poster["alt"]!.GetValue<string>());
        Assert.Equal(image["src"]!.GetValue<string>(), poster["src"]!.GetValue<string>());
        Assert.Equal(image["renditions"]!.ToJsonString(), poster["renditions"]!.ToJsonString());

        var atom = await Api.Anonymous().GetStringAsync("/api/v1/feeds/events.atom?limit=100");
        Assert.Contains($"rel=\"enclosure\" type=\"image/png\" title=\"Feed poster\" href=\"{image["src"]!.GetValue<string>()}\"", atom, StringComparison.Ordinal);
    }
}
