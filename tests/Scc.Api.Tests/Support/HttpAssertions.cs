using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scc.Api.ErrorHandling;

namespace Scc.Api.Tests.Support;

public static class HttpAssertions
{
    /// <summary>Asserts a problem+json answer with the status and code, and returns its body.</summary>
    public static async Task<JsonObject> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string? code = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(problem["traceId"]?.GetValue<string>()), "A problem carries a traceId.");
        Assert.False(string.IsNullOrEmpty(problem["title"]?.GetValue<string>()), "A problem carries a title.");
        if (code is not null) Assert.Equal(code, problem["code"]?.GetValue<string>());
        AssertCatalogueType(problem);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Scc.", text, StringComparison.Ordinal);
        return problem;
    }

    /// <summary>Every problem's type is the absolute address of its code's entry in the catalogue.</summary>
    public static void AssertCatalogueType(JsonObject problem)
    {
        var code = problem["code"]?.GetValue<string>() ?? "";
        Assert.True(ProblemCatalogue.Find(code) is not null, $"The code '{code}' is not in the problem catalogue.");
        var type = problem["type"]?.GetValue<string>() ?? "";
        Assert.True(Uri.TryCreate(type, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https", $"The type '{type}' is not an absolute http(s) URI.");
        Assert.EndsWith("/problems/" + code.Replace('_', '-'), uri!.AbsolutePath, StringComparison.Ordinal);
    }

    public static async Task<JsonObject> AssertJsonAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public static IReadOnlyList<string> ErrorKeys(this JsonObject problem) =>
        problem["errors"]?.AsObject().Select(e => e.Key).ToList() ?? [];

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, JsonNode body) =>
        client.PostAsync(url, new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, JsonNode body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url)
        {
            Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Json))!;
}
