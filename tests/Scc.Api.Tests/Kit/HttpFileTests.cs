using System.Net.Http.Headers;
using System.Text;
using Scc.Api.Tests.Support;
using Scc.Domain.ApiKeys;

namespace Scc.Api.Tests.Kit;

/// <summary>
/// The .http files in http/: every request of every file sent in file order to the API with its demo data, with the
/// variables a person would paste (tokens, an API key, an open event's id) filled in, each answering the status its
/// <c># @expect</c> comment names. The writes go to this class's own database.
/// </summary>
public sealed class HttpFileTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    private static string Folder => Path.Combine(Artifacts.RepositoryRoot(), "http");

    /// <summary>One file per resource group; a new group gets its file.</summary>
    private static readonly string[] Files =
    [
        "api-keys.http", "changes.http", "delegations.http", "digests.http", "events.http", "feeds.http", "mous.http", "organisations.http",
        "partnerships.http", "people.http", "platform.http", "programmes.http", "registrations.http", "webhooks.http",
    ];

    public static TheoryData<string> FileNames() => [.. Files];

    private static HttpFile Read(string name) => HttpFile.Parse(File.ReadAllText(Path.Combine(Folder, name)));

    /// <summary>What a person fills in before running a file, as the file's comments say; placeholders otherwise.</summary>
    private async Task<Dictionary<string, string>> FilledInAsync(HttpFile file)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["baseUrl"] = api.Anonymous().BaseAddress!.GetLeftPart(UriPartial.Authority),
            ["token"] = TestTokens.For("editor"),
            ["adminToken"] = TestTokens.For("admin"),
        };
        if (file.Variables.ContainsKey("apiKey"))
            values["apiKey"] = (await api.CreateKeyAsync([ApiKeyScopes.RegistrationsRead, ApiKeyScopes.RegistrationsWrite])).Secret;
        if (file.Variables.ContainsKey("eventId")) values["eventId"] = await api.OpenEventAsync("HTTP File Seminar");
        foreach (var name in file.Variables.Keys)
        {
            Assert.True(values.ContainsKey(name) || !file.Variables[name].StartsWith("paste-", StringComparison.Ordinal),
                $"The file asks for @{name}, which this test does not know how to fill in.");
        }
        return values;
    }

    [Fact]
    public async Task Folder_HoldsOneFilePerResourceGroup_EachRequestWithItsExpectedStatus()
    {
        var onDisk = Directory.GetFiles(Folder, "*.http").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Files, onDisk);
        var requests = Files.Sum(f => Read(f).Requests.Count);
        Assert.All(Files, f => Assert.Equal("http://localhost:5080", Read(f).Variables["baseUrl"]));
        Assert.True(requests >= 80, $"{requests} requests");
        await Artifacts.WriteReportAsync("http-files", $"HTTP files: {requests} requests in {Files.Length} files");
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public async Task HttpFile_EveryRequestInOrder_AnswersItsExpectedStatus(string name)
    {
        var file = Read(name);
        var values = await FilledInAsync(file);
        using var client = new HttpClient();
        var failures = new List<string>();
        foreach (var spec in file.Requests)
        {
            var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            using var request = new HttpRequestMessage(new HttpMethod(spec.Method), file.Resolve(spec.Url, values, timestamp));
            string? contentType = null;
            foreach (var (header, value) in spec.Headers)
            {
                if (header.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) contentType = value;
                else Assert.True(request.Headers.TryAddWithoutValidation(header, file.Resolve(value, values, timestamp)), $"{name}:{spec.Line}: header {header}");
            }
            if (spec.Body is not null)
            {
                request.Content = new StringContent(file.Resolve(spec.Body, values, timestamp), Encoding.UTF8);
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType ?? "text/plain");
            }
            using var response = await client.SendAsync(request);
            if ((int)response.StatusCode != spec.ExpectedStatus)
            {
                var body = await response.Content.ReadAsStringAsync();
                failures.Add($"{name}:{spec.Line} {spec.Title}: expected {spec.ExpectedStatus}, got {(int)response.StatusCode} {body[..Math.Min(body.Length, 400)]}");
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.NotEmpty(file.Requests);
    }
}
