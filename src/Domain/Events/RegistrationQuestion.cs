using System.Text.Json.Serialization;
using Scc.Domain.Common;
using Scc.Domain.Registrations;

namespace Scc.Domain.Events;

/// <summary>What kind of answer a custom question takes.</summary>
public enum QuestionKind
{
    /// <summary>Free text, up to the question's maximum length.</summary>
    Text,

    /// <summary>Exactly one of the options.</summary>
    SingleChoice,

    /// <summary>Any number of the options.</summary>
    MultipleChoice,

    /// <summary>true or false.</summary>
    YesNo,
}

/// <summary>One choice of a single- or multiple-choice question.</summary>
/// <param name="Id">Stable id that answers name, so that relabelling an option keeps the answers.</param>
public sealed record QuestionOption(string Id, LocalizedText Label);

/// <summary>A question an event asks its registrants, beyond name, email, phone and company.</summary>
/// <param name="Id">Stable id that answers name (lower-case words joined by hyphens).</param>
/// <param name="Options">The choices of a single- or multiple-choice question; none for the other kinds.</param>
/// <param name="MaxLength">For text questions: the longest answer taken; left out means 1,000 characters.</param>
public sealed record RegistrationQuestion(
    string Id,
    QuestionKind Kind,
    LocalizedText Label,
    bool Required = false,
    IReadOnlyList<QuestionOption>? Options = null,
    int? MaxLength = null)
{
    public const int DefaultMaxLength = 1_000;

    [JsonIgnore]
    public bool HasOptions => Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice;

    /// <summary>Checks one answer against this question and returns it tidied (trimmed text, distinct choices in the options' order).</summary>
    internal Result<Answer> Check(Answer answer, string path)
    {
        switch (Kind)
        {
            case QuestionKind.Text:
                if (answer.Text is null || answer.Choices is not null || answer.Yes is not null)
                    return Error.Invalid(path, $"'{Id}' takes a text answer.");
                var text = answer.Text.Trim();
                var limit = MaxLength ?? DefaultMaxLength;
                if (text.Length > limit) return Error.Invalid(path + ".text", $"At most {limit} characters.");
                return answer with { Text = text };
            case QuestionKind.YesNo:
                if (answer.Yes is null || answer.Text is not null || answer.Choices is not null)
                    return Error.Invalid(path, $"'{Id}' takes a yes or no answer (yes: true or false).");
                return answer;
            default:
                if (answer.Choices is null || answer.Text is not null || answer.Yes is not null)
                    return Error.Invalid(path, $"'{Id}' takes the ids of chosen options (choices).");
                var known = (Options ?? []).Select(o => o.Id).ToList();
                if (answer.Choices.FirstOrDefault(c => !known.Contains(c)) is { } unknown)
                    return Error.Invalid(path + ".choices", $"'{unknown}' is not an option of '{Id}'; the options are {string.Join(", ", known)}.");
                var chosen = known.Where(answer.Choices.Contains).ToList();
                if (Kind == QuestionKind.SingleChoice && chosen.Count > 1)
                    return Error.Invalid(path + ".choices", $"'{Id}' takes one choice.");
                return answer with { Choices = chosen };
        }
    }
}
