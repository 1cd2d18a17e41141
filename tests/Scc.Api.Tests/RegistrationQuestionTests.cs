using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary>Custom registration questions: asked by the event, answered by the registrant, checked against each other.</summary>
public sealed class RegistrationQuestionTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Statement = "2023-07";

    private static JsonObject Label(string en, string zh) => new() { ["en"] = en, ["zh-Hant"] = zh };

    private static JsonArray Questions() =>
    [
        new JsonObject
        {
            ["id"] = "organisation-type", ["kind"] = "singleChoice", ["label"] = Label("Organisation type", "機構類別"), ["required"] = true,
            ["options"] = new JsonArray(
                new JsonObject { ["id"] = "government", ["label"] = Label("Government", "政府") },
                new JsonObject { ["id"] = "industry", ["label"] = Label("Industry", "業界") }),
        },
        new JsonObject
        {
            ["id"] = "topics", ["kind"] = "multipleChoice", ["label"] = Label("Topics of interest", "感興趣的議題"),
            ["options"] = new JsonArray(
                new JsonObject { ["id"] = "ai", ["label"] = Label("AI", "人工智能") },
                new JsonObject { ["id"] = "iot", ["label"] = Label("IoT", "物聯網") }),
        },
        new JsonObject { ["id"] = "dietary", ["kind"] = "text", ["label"] = Label("Dietary needs", "飲食要求"), ["maxLength"] = 30 },
        new JsonObject { ["id"] = "photo", ["kind"] = "yesNo", ["label"] = Label("May we photograph you?", "可否拍攝閣下？") },
    ];

    private static JsonObject EventWithQuestions(string title, JsonArray questions)
    {
        var body = EventBodies.Seminar(title);
        body["registration"] = new JsonObject
        {
            ["mode"] = "internal", ["capacity"] = 100, ["privacyStatementVersion"] = Statement, ["questions"] = questions,
        };
        return body;
    }

    private async Task<string> PublishedEventAsync(string title)
    {
        var editor = api.As("editor");
        var id = (await (await editor.PostJsonAsync("/api/v1/events", EventWithQuestions(title, Questions()))).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        await (await editor.PostAsync($"/api/v1/events/{id}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);
        return id;
    }

    private static JsonObject Submission(string email, params JsonObject[] answers) => new()
    {
        ["registrant"] = new JsonObject { ["name"] = "Wong Siu Ming", ["email"] = email },
        ["consent"] = new JsonObject { ["statementVersion"] = Statement, ["language"] = "en" },
        ["answers"] = new JsonArray([.. answers]),
    };

    private static JsonObject Choices(string questionId, params string[] ids) =>
        new() { ["questionId"] = questionId, ["choices"] = new JsonArray([.. ids.Select(i => JsonValue.Create(i))]) };

    private Task<int> CountAsync(string eventId) =>
        api.WithDbAsync(db => db.Registrations.CountAsync(r => r.EventId == Guid.Parse(eventId)));

    [Fact]
    public async Task GetEvent_ShowsTheQuestionsWithBothLabels()
    {
        var eventId = await PublishedEventAsync("Questions Shown Seminar");

        var evt = await (await api.Anonymous().GetAsync($"/api/v1/events/{eventId}")).AssertJsonAsync(HttpStatusCode.OK);

        var questions = evt["registration"]!["questions"]!.AsArray();
        Assert.Equal(["organisation-type", "topics", "dietary", "photo"], questions.Select(q => q!["id"]!.GetValue<string>()));
        Assert.Equal("機構類別", questions[0]!["label"]!["zh-Hant"]!.GetValue<string>());
        Assert.Equal("singleChoice", questions[0]!["kind"]!.GetValue<string>());
        Assert.True(questions[0]!["required"]!.GetValue<bool>());
        Assert.Equal("物聯網", questions[1]!["options"]![1]!["label"]!["zh-Hant"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostRegistration_WithValidAnswers_StoresThemTidiedAndShowsThemToTheRegistrant()
    {
        var eventId = await PublishedEventAsync("Answers Kept Seminar");

        var receipt = await (await api.Anonymous().PostJsonAsync($"/api/v1/events/{eventId}/registrations", Submission("answers@example.org",
            new JsonObject { ["questionId"] = "photo", ["yes"] = true },
            new JsonObject { ["questionId"] = "dietary", ["text"] = "  素食 Vegetarian  " },
            Choices("topics", "iot", "ai"),
            Choices("organisation-type", "industry")))).AssertJsonAsync(HttpStatusCode.Created);

        var own = await (await api.Anonymous().GetAsync($"/api/v1/registrations/manage/{receipt["manageToken"]!.GetValue<string>()}")).AssertJsonAsync(HttpStatusCode.OK);
        var answers = own["answers"]!.AsArray();
        Assert.Equal(["organisation-type", "topics", "dietary", "photo"], answers.Select(a => a!["questionId"]!.GetValue<string>()));
        Assert.Equal(["ai", "iot"], answers[1]!["choices"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal("素食 Vegetarian", answers[2]!["text"]!.GetValue<string>());
        Assert.True(answers[3]!["yes"]!.GetValue<bool>());
        var stored = await api.WithDbAsync(db => db.Registrations.AsNoTracking().SingleAsync(r => r.EventId == Guid.Parse(eventId)));
        Assert.Equal("素食 Vegetarian", stored.Answers[2].Text);
    }

    [Fact]
    public async Task BulkUpsert_AnswersTheQuestionsOnCreateAndUpdate_AndRefusesOnlyTheItemThatMissesARequiredAnswer()
    {
        var eventId = await PublishedEventAsync("Bulk Answers Seminar");
        var (_, secret) = await api.CreateKeyAsync(["registrations:write"]);
        var key = api.WithKey(secret);
        JsonObject Item(string reference, params JsonObject[] answers) => new()
        {
            ["externalReference"] = reference,
            ["registrant"] = new JsonObject { ["name"] = "Bulk Person", ["email"] = reference.ToLowerInvariant() + "@example.org" },
            ["consent"] = new JsonObject { ["statementVersion"] = Statement, ["language"] = "en" },
            ["answers"] = new JsonArray([.. answers.Select(a => a.DeepClone())]),
        };
        async Task<JsonArray> BulkAsync(params JsonObject[] items) =>
            (await (await key.PostJsonAsync($"/api/v1/events/{eventId}/registrations/bulk", new JsonObject { ["items"] = new JsonArray(items) }))
                .AssertJsonAsync(HttpStatusCode.OK))["items"]!.AsArray();
        var government = Choices("organisation-type", "government");

        var created = await BulkAsync(Item("CRM-A1", government, Choices("topics", "iot")), Item("CRM-A2", Choices("topics", "ai")));
        var again = await BulkAsync(Item("CRM-A1", government, Choices("topics", "iot")));
        var changed = await BulkAsync(Item("CRM-A1", Choices("organisation-type", "industry")));
        var dropsRequired = await BulkAsync(Item("CRM-A1", Choices("topics", "ai")));

        Assert.Equal("created", created[0]!["outcome"]!.GetValue<string>());
        Assert.Equal("error", created[1]!["outcome"]!.GetValue<string>());
        Assert.Equal("items[1].answers", created[1]!["error"]!["field"]!.GetValue<string>());
        Assert.Equal("unchanged", again[0]!["outcome"]!.GetValue<string>());
        Assert.Equal("updated", changed[0]!["outcome"]!.GetValue<string>());
        Assert.Equal("error", dropsRequired[0]!["outcome"]!.GetValue<string>());
        var stored = await api.WithDbAsync(db => db.Registrations.AsNoTracking().Where(r => r.EventId == Guid.Parse(eventId)).ToListAsync());
        var registration = Assert.Single(stored);
        var answer = Assert.Single(registration.Answers);
        Assert.Equal("organisation-type", answer.QuestionId);
        Assert.Equal("industry", Assert.Single(answer.Choices!));
    }

    public static TheoryData<string, string> BadAnswers() => new()
    {
        { """[{"questionId":"organisation-type","choices":["industry"]},{"questionId":"shoe-size","text":"42"}]""", "answers[1].questionId" },
        { """[{"questionId":"organisation-type","choices":["industry"]},{"questionId":"photo","text":"yes"}]""", "answers[1]" },
        { """[{"questionId":"organisation-type","text":"industry"}]""", "answers[0]" },
        { """[{"questionId":"organisation-type","choices":["academia"]}]""", "answers[0].choices" },
        { """[{"questionId":"organisation-type","choices":["industry","government"]}]""", "answers[0].choices" },
        { """[{"questionId":"organisation-type","choices":["industry"]},{"questionId":"dietary","text":"no peanuts, no shellfish, no gluten"}]""", "answers[1].text" },
        { """[{"questionId":"organisation-type","choices":["industry"]},{"questionId":"organisation-type","choices":["industry"]}]""", "answers[1].questionId" },
        { """[{"questionId":"topics","choices":["ai"]}]""", "answers" },
        { "[]", "answers" },
        { """[{"questionId":"organisation-type","choices":["industry"]},{"questionId":"dietary","text":"TOO_LONG"}]""", "answers[1].text" },
        { """[{"questionId":"organisation-type","choices":["industry"]},{"questionId":"photo","yes":"maybe"}]""", "answers[1].yes" },
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task PostRegistration_WhenAnAnswerDoesNotFitItsQuestion_Returns400NamingItAndWritesNothing(string answers, string field)
    {
        var eventId = await PublishedEventAsync($"Bad Answers Seminar {Guid.NewGuid():N}");
        var body = Submission("bad.answers@example.org");
        // Longer than any request may carry, whatever the question allows.
        body["answers"] = JsonNode.Parse(answers.Replace("TOO_LONG", new string('x', 5_001), StringComparison.Ordinal));

        var problem = await (await api.Anonymous().PostJsonAsync($"/api/v1/events/{eventId}/registrations", body)).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(field, problem.ErrorKeys());
        Assert.Equal(0, await CountAsync(eventId));
    }

    public static TheoryData<string, string> BadQuestions() => new()
    {
        { """[{"id":"size","kind":"singleChoice","label":{"en":"Size"}}]""", "registration.questions[0].options" },
        { """[{"id":"size","kind":"singleChoice","label":{"en":"Size"},"options":[{"id":"s","label":{"en":"S"}},{"id":"s","label":{"en":"S"}}]}]""", "registration.questions[0].options" },
        { """[{"id":"note","kind":"text","label":{"en":"Note"},"options":[{"id":"a","label":{"en":"A"}},{"id":"b","label":{"en":"B"}}]}]""", "registration.questions[0].options" },
        { """[{"id":"note","kind":"text","label":{"en":"Note"}},{"id":"note","kind":"yesNo","label":{"en":"Again"}}]""", "registration.questions" },
        { """[{"id":"Note Here","kind":"text","label":{"en":"Note"}}]""", "registration.questions[0].id" },
        { """[{"id":"note","kind":"text","label":{}}]""", "registration.questions[0].label" },
        { """[{"id":"note","kind":"yesNo","label":{"en":"Note"},"maxLength":10}]""", "registration.questions[0].maxLength" },
        { """[{"id":"note","kind":"essay","label":{"en":"Note"}}]""", "registration.questions[0].kind" },
    };

    [Theory]
    [MemberData(nameof(BadQuestions))]
    public async Task PostEvent_WhenAQuestionIsMalformed_Returns400NamingIt(string questions, string field)
    {
        var body = EventWithQuestions($"Bad Questions Seminar {Guid.NewGuid():N}", JsonNode.Parse(questions)!.AsArray());

        var problem = await (await api.As("editor").PostJsonAsync("/api/v1/events", body)).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(field, problem.ErrorKeys());
    }
}
