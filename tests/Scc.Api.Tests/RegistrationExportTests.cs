using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Scc.Api.Exports;
using Scc.Api.Tests.Support;
using Scc.Domain.ApiKeys;

namespace Scc.Api.Tests;

/// <summary>What staff take away from an event: every answer, the consent record, the check-in time and where each registration came from.</summary>
public sealed class RegistrationExportTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static JsonObject Label(string en, string zhHant) => new() { ["en"] = en, ["zh-Hant"] = zhHant };

    private static JsonObject Option(string id, string en, string zhHant) => new() { ["id"] = id, ["label"] = Label(en, zhHant) };

    /// <summary>A published event asking a multiple-choice question, a text question and a yes/no question whose English label is a formula.</summary>
    private async Task<string> OpenEventWithQuestionsAsync(string title)
    {
        var editor = api.As("editor");
        var body = EventBodies.Seminar(title);
        body["registration"] = new JsonObject
        {
            ["mode"] = "internal", ["capacity"] = 100, ["privacyStatementVersion"] = Integrations.Statement,
            ["questions"] = new JsonArray(
                new JsonObject
                {
                    ["id"] = "topics", ["kind"] = "multipleChoice", ["label"] = Label("Topics of interest", "感興趣的主題"),
                    ["options"] = new JsonArray(Option("iot", "Internet of Things", "物聯網"), Option("ai", "Artificial intelligence", "人工智能"),
                        Option("gis", "Spatial data", "空間數據")),
                },
                new JsonObject { ["id"] = "dietary", ["kind"] = "text", ["label"] = Label("Dietary needs", "飲食要求") },
                new JsonObject { ["id"] = "newsletter", ["kind"] = "yesNo", ["label"] = Label("=HYPERLINK(\"https://evil.example\")", "電子通訊") }),
        };
        var id = (await (await editor.PostJsonAsync("/api/v1/events", body)).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        await (await editor.PostAsync($"/api/v1/events/{id}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);
        return id;
    }

    private static JsonObject Submission(string email, string name, JsonArray? answers = null) => new()
    {
        ["registrant"] = new JsonObject { ["name"] = name, ["email"] = email },
        ["answers"] = answers ?? new JsonArray(),
        ["consent"] = new JsonObject { ["statementVersion"] = Integrations.Statement, ["language"] = "zh-Hant" },
    };

    /// <summary>An instant of a JSON answer as the CSV writes it, to the second.</summary>
    private static DateTimeOffset ToTheSecond(JsonNode instant)
    {
        var value = instant.GetValue<DateTimeOffset>();
        return value.AddTicks(-(value.Ticks % TimeSpan.TicksPerSecond));
    }

    private static List<Dictionary<string, string>> Rows(byte[] csvBytes, out string[] headers)
    {
        var rows = new List<Dictionary<string, string>>();
        using var csv = CsvReader.Create(csvBytes, CsvReaderOptions.Default);
        string[] names = [];
        while (csv.Read())
        {
            names = csv.Headers.ToArray();
            rows.Add(names.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => csv.GetString(x.i)));
        }
        headers = names;
        return rows;
    }

    [Fact]
    public async Task ExportCsv_HasAColumnPerQuestionHeadedInTheChosenLanguage_WithAnswersAsPeopleReadThemAndFormulasNeutralised()
    {
        var eventId = await OpenEventWithQuestionsAsync("Export Answers Seminar");
        var receipt = await (await api.Anonymous().PostJsonAsync($"/api/v1/events/{eventId}/registrations", Submission("answers.one@example.com", "Chan Tai Man", new JsonArray(
            new JsonObject { ["questionId"] = "topics", ["choices"] = new JsonArray("ai", "iot") },
            new JsonObject { ["questionId"] = "dietary", ["text"] = "=1+1 vegetarian" },
            new JsonObject { ["questionId"] = "newsletter", ["yes"] = true })))).AssertJsonAsync(HttpStatusCode.Created);
        await (await api.Anonymous().PostJsonAsync($"/api/v1/events/{eventId}/registrations", Submission("answers.two@example.com", "Lee Ka Ho", new JsonArray(
            new JsonObject { ["questionId"] = "newsletter", ["yes"] = false })))).AssertJsonAsync(HttpStatusCode.Created);
        var code = await api.WithDbAsync(db => db.Registrations.Where(r => r.Id == Guid.Parse(receipt["registration"]!["id"]!.GetValue<string>()))
            .Select(r => r.CheckInCode).SingleAsync());
        var checkedIn = await (await api.As("editor").PostJsonAsync($"/api/v1/events/{eventId}/check-ins", new JsonObject { ["code"] = code }))
            .AssertJsonAsync(HttpStatusCode.OK);
        var (_, secret) = await api.CreateKeyAsync([ApiKeyScopes.RegistrationsRead], eventId: eventId);
        var url = $"/api/v1/events/{eventId}/registrations/export?format=csv";

        var english = await api.WithKey(secret).GetAsync(url + "&lang=en");
        var chinese = await api.WithKey(secret).GetAsync(url + "&lang=zh-Hant");

        Assert.Equal("en", english.Content.Headers.ContentLanguage.Single());
        Assert.Equal("zh-Hant", chinese.Content.Headers.ContentLanguage.Single());
        var rows = Rows(await english.Content.ReadAsByteArrayAsync(), out var headers);
        Assert.Equal([.. RegistrationCsv.Columns, "Topics of interest", "Dietary needs", "'=HYPERLINK(\"https://evil.example\")"], headers);
        var one = rows.Single(r => r["email"] == "answers.one@example.com");
        Assert.Equal("Internet of Things; Artificial intelligence", one["Topics of interest"]);
        Assert.Equal("'=1+1 vegetarian", one["Dietary needs"]);
        Assert.Equal("yes", one[headers[^1]]);
        Assert.Equal(Integrations.Statement, one["consentVersion"]);
        Assert.Equal("zh-Hant", one["consentLanguage"]);
        Assert.Equal(ToTheSecond(receipt["registration"]!["consent"]!["givenAt"]!), DateTimeOffset.Parse(one["consentGivenAt"], CultureInfo.InvariantCulture));
        Assert.Equal(ToTheSecond(checkedIn["checkedInAt"]!), DateTimeOffset.Parse(one["checkedInAt"], CultureInfo.InvariantCulture));
        Assert.Equal("public", one["source"]);
        var two = rows.Single(r => r["email"] == "answers.two@example.com");
        Assert.Equal(("", "", "no", ""), (two["Topics of interest"], two["Dietary needs"], two[headers[^1]], two["checkedInAt"]));

        rows = Rows(await chinese.Content.ReadAsByteArrayAsync(), out headers);
        Assert.Equal([.. RegistrationCsv.Columns, "感興趣的主題", "飲食要求", "電子通訊"], headers);
        one = rows.Single(r => r["email"] == "answers.one@example.com");
        Assert.Equal(("物聯網; 人工智能", "'=1+1 vegetarian", "是"), (one["感興趣的主題"], one["飲食要求"], one["電子通訊"]));
    }

    [Fact]
    public async Task ExportCsv_WithoutLang_FollowsAcceptLanguage_AndAnUnknownLangIs400()
    {
        var eventId = await OpenEventWithQuestionsAsync("Export Language Seminar");
        var url = $"/api/v1/events/{eventId}/registrations/export?format=csv";
        var staff = api.As("editor");

        var request = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { AcceptLanguage = { new StringWithQualityHeaderValue("zh-HK") } } };
        var chinese = await staff.SendAsync(request);
        var plain = await staff.GetAsync(url);

        // No registration yet: the header row alone says the language.
        var headers = Encoding.UTF8.GetString(await chinese.Content.ReadAsByteArrayAsync()).Trim('\uFEFF', '\r', '\n').Split(',');
        Assert.Equal(["感興趣的主題", "飲食要求", "電子通訊"], headers[^3..]);
        Assert.Equal("zh-Hant", chinese.Content.Headers.ContentLanguage.Single());
        Assert.Equal("en", plain.Content.Headers.ContentLanguage.Single());
        var problem = await (await staff.GetAsync(url + "&lang=fr")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("lang", problem.ErrorKeys());
    }

    [Fact]
    public async Task Exports_SayWhereEachRegistrationCameFrom_PublicStaffOrIntegration()
    {
        var eventId = await OpenEventWithQuestionsAsync("Export Sources Seminar");
        await (await api.Anonymous().PostJsonAsync($"/api/v1/events/{eventId}/registrations", Submission("source.public@example.com", "Public Person")))
            .AssertJsonAsync(HttpStatusCode.Created);
        await (await api.As("editor").PostJsonAsync($"/api/v1/events/{eventId}/registrations", Submission("source.staff@example.com", "Staff Entered")))
            .AssertJsonAsync(HttpStatusCode.Created);
        var (_, secret) = await api.CreateKeyAsync([ApiKeyScopes.RegistrationsRead, ApiKeyScopes.RegistrationsWrite]);
        var bulk = await (await api.WithKey(secret).PostJsonAsync($"/api/v1/events/{eventId}/registrations/bulk", new JsonObject
        {
            ["items"] = new JsonArray(new JsonObject
            {
                ["externalReference"] = "CRM-SOURCE-1",
                ["registrant"] = new JsonObject { ["name"] = "Crm Person", ["email"] = "source.integration@example.com" },
                ["consent"] = new JsonObject { ["statementVersion"] = Integrations.Statement, ["language"] = "en" },
                ["answers"] = new JsonArray(new JsonObject { ["questionId"] = "topics", ["choices"] = new JsonArray("gis") }),
            }),
        })).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("created", bulk["items"]![0]!["outcome"]!.GetValue<string>());

        var csv = Rows(await (await api.WithKey(secret).GetAsync($"/api/v1/events/{eventId}/registrations/export?format=csv")).Content.ReadAsByteArrayAsync(), out _);
        var json = await (await api.WithKey(secret).GetAsync($"/api/v1/events/{eventId}/registrations/export?format=json")).AssertJsonAsync(HttpStatusCode.OK);

        var expected = new Dictionary<string, string>
        {
            ["source.public@example.com"] = "public", ["source.staff@example.com"] = "staff", ["source.integration@example.com"] = "integration",
        };
        Assert.Equal(expected, csv.ToDictionary(r => r["email"], r => r["source"]));
        Assert.Equal(expected, json["items"]!.AsArray().ToDictionary(i => i!["registrant"]!["email"]!.GetValue<string>(), i => i!["source"]!.GetValue<string>()));
        Assert.Equal("Spatial data", csv.Single(r => r["source"] == "integration")["Topics of interest"]);
        Assert.Equal(["topics", "dietary", "newsletter"], json["questions"]!.AsArray().Select(q => q!["id"]!.GetValue<string>()));
        Assert.All(json["items"]!.AsArray(), i => Assert.Null(i!["checkedInAt"]));
    }
}
