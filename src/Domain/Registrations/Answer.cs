using System.Text.Json.Serialization;

namespace Scc.Domain.Registrations;

/// <summary>A registrant's answer to one of the event's custom questions; exactly one of text, choices or yes is given.</summary>
/// <param name="QuestionId">The id of the question answered.</param>
/// <param name="Text">For text questions.</param>
/// <param name="Choices">For single- and multiple-choice questions: the ids of the chosen options.</param>
/// <param name="Yes">For yes/no questions.</param>
public sealed record Answer(string QuestionId, string? Text = null, IReadOnlyList<string>? Choices = null, bool? Yes = null)
{
    /// <summary>An empty text or an empty list of choices is no answer at all.</summary>
    [JsonIgnore]
    public bool IsBlank => string.IsNullOrWhiteSpace(Text) && Choices is null or [] && Yes is null;

    /// <summary>The same answer, choices compared by value (a record compares lists by reference).</summary>
    public bool SameAs(Answer other) =>
        QuestionId == other.QuestionId && Text == other.Text && Yes == other.Yes &&
        (Choices ?? []).SequenceEqual(other.Choices ?? [], StringComparer.Ordinal);
}
