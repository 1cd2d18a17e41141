using Scc.Domain.Common;
using Scc.Domain.Events;
using Scc.Domain.Registrations;

namespace Scc.Domain.Tests.Registrations;

public class RegistrationAnswersTests
{
    private static readonly RegistrationSettings Settings = new(RegistrationMode.Internal, Questions:
    [
        new RegistrationQuestion("organisation-type", QuestionKind.SingleChoice, new LocalizedText("Organisation type", "機構類別"), Required: true,
            Options: [new QuestionOption("government", new LocalizedText("Government", "政府")), new QuestionOption("industry", new LocalizedText("Industry", "業界"))]),
        new RegistrationQuestion("topics", QuestionKind.MultipleChoice, new LocalizedText("Topics", "議題"),
            Options: [new QuestionOption("ai", new LocalizedText("AI", "人工智能")), new QuestionOption("iot", new LocalizedText("IoT", "物聯網")), new QuestionOption("5g", new LocalizedText("5G", "5G"))]),
        new RegistrationQuestion("dietary", QuestionKind.Text, new LocalizedText("Dietary needs", "飲食要求"), MaxLength: 20),
        new RegistrationQuestion("photo", QuestionKind.YesNo, new LocalizedText("May we photograph you?", "可否拍攝閣下？")),
    ]);

    private static Error ErrorOf(params Answer[] answers) => Settings.CheckAnswers(answers).Error!;

    [Fact]
    public void CheckAnswers_WhenValid_TidiesThemIntoTheQuestionsOrder()
    {
        var answers = Settings.CheckAnswers([
            new Answer("photo", Yes: false),
            new Answer("dietary", Text: "  Vegetarian  "),
            new Answer("topics", Choices: ["5g", "ai", "ai"]),
            new Answer("organisation-type", Choices: ["industry"]),
        ]).Value;

        Assert.Equal(["organisation-type", "topics", "dietary", "photo"], answers.Select(a => a.QuestionId));
        Assert.Equal("Vegetarian", answers[2].Text);
        Assert.Equal(["ai", "5g"], answers[1].Choices!);
        Assert.False(answers[3].Yes);
    }

    [Fact]
    public void CheckAnswers_WhenBlankAnswersAreGiven_LeavesThemOut()
    {
        var answers = Settings.CheckAnswers([new Answer("organisation-type", Choices: ["government"]), new Answer("dietary", Text: " "), new Answer("topics", Choices: [])]).Value;

        Assert.Equal(["organisation-type"], answers.Select(a => a.QuestionId));
    }

    [Fact]
    public void CheckAnswers_WhenARequiredQuestionIsUnansweredOrBlank_NamesIt()
    {
        Assert.Equal("answers", ErrorOf().Field);
        Assert.Contains("organisation-type", ErrorOf(new Answer("organisation-type", Choices: [])).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckAnswers_WhenTheQuestionIsUnknownOrAnsweredTwice_PointsAtTheAnswer()
    {
        Assert.Equal("answers[1].questionId", ErrorOf(new Answer("organisation-type", Choices: ["industry"]), new Answer("shoe-size", Text: "42")).Field);
        Assert.Equal("answers[1].questionId", ErrorOf(new Answer("photo", Yes: true), new Answer("photo", Yes: false)).Field);
    }

    [Theory]
    [InlineData("dietary", null, true, "answers[0]")]
    [InlineData("photo", "yes", null, "answers[0]")]
    [InlineData("topics", "ai", null, "answers[0]")]
    [InlineData("dietary", "A much longer answer than twenty characters", null, "answers[0].text")]
    public void CheckAnswers_WhenTheAnswerIsOfTheWrongKindOrTooLong_IsRefused(string questionId, string? text, bool? yes, string field)
    {
        var error = ErrorOf(new Answer(questionId, Text: text, Yes: yes), new Answer("organisation-type", Choices: ["industry"]));

        Assert.Equal(ErrorKind.Validation, error.Kind);
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void CheckAnswers_WhenAChoiceIsUnknownOrASingleChoiceHasTwo_IsRefused()
    {
        Assert.Equal("answers[0].choices", ErrorOf(new Answer("organisation-type", Choices: ["academia"])).Field);
        Assert.Equal("answers[0].choices", ErrorOf(new Answer("organisation-type", Choices: ["industry", "government"])).Field);
    }

    [Fact]
    public void CheckAnswers_WhenTheEventAsksNothing_TakesNoAnswers()
    {
        var none = new RegistrationSettings(RegistrationMode.Internal);

        Assert.Empty(none.CheckAnswers([]).Value);
        Assert.Equal("answers[0].questionId", none.CheckAnswers([new Answer("dietary", Text: "none")]).Error!.Field);
    }
}
