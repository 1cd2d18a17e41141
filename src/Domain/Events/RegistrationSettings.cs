using Scc.Domain.Common;
using Scc.Domain.Registrations;

namespace Scc.Domain.Events;

/// <summary>How people register for an event.</summary>
/// <param name="Url">The organiser's registration page, for external registration.</param>
/// <param name="ClosesAt">The deadline, which may be well before the event.</param>
/// <param name="Capacity">Seats; null means unlimited.</param>
/// <param name="ExhibitorBooths">Booths for exhibitors: at most this many applications can be approved; null means unlimited.</param>
/// <param name="Kinds">What the event takes: attendees, exhibitor applications or both; left out means attendees only.</param>
/// <param name="PrivacyStatementVersion">The privacy statement registrants consent to; a registration must name this version.</param>
/// <param name="Questions">Custom questions, asked in this order.</param>
/// <param name="ReminderMinutesBefore">When confirmed registrants are reminded, in minutes before the start; left out means
/// the configured default (two days and two hours before), empty means no reminder.</param>
public sealed record RegistrationSettings(
    RegistrationMode Mode,
    Uri? Url = null,
    DateTimeOffset? OpensAt = null,
    DateTimeOffset? ClosesAt = null,
    int? Capacity = null,
    int? ExhibitorBooths = null,
    bool WaitingList = false,
    bool IsFree = true,
    LocalizedText? Note = null,
    IReadOnlyList<RegistrationKind>? Kinds = null,
    string? PrivacyStatementVersion = null,
    IReadOnlyList<RegistrationQuestion>? Questions = null,
    IReadOnlyList<int>? ReminderMinutesBefore = null)
{
    /// <summary>The longest reminder offset accepted: 30 days.</summary>
    public const int MaxReminderMinutesBefore = 30 * 24 * 60;

    public static RegistrationSettings None { get; } = new(RegistrationMode.None);

    /// <summary>The most booths an event can offer: more than any pavilion or exhibition hall holds.</summary>
    public const int MaxExhibitorBooths = 10_000;

    public bool Offers(RegistrationKind kind) => Kinds is null or [] ? kind == RegistrationKind.Attendee : Kinds.Contains(kind);

    /// <summary>True between the opening and the deadline (either may be absent).</summary>
    public bool IsOpenAt(DateTimeOffset now) => (OpensAt is null || OpensAt <= now) && (ClosesAt is null || now < ClosesAt);

    /// <summary>
    /// Checks a registrant's answers against the questions: no unknown or repeated question, the right kind of
    /// answer, known options, lengths, and every required question answered. Returns them tidied, in the
    /// questions' order, blanks left out.
    /// </summary>
    public Result<IReadOnlyList<Answer>> CheckAnswers(IReadOnlyList<Answer> answers)
    {
        var questions = Questions ?? [];
        var checkedAnswers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        for (var i = 0; i < answers.Count; i++)
        {
            var answer = answers[i];
            var path = $"answers[{i}]";
            if (questions.FirstOrDefault(q => q.Id == answer.QuestionId) is not { } question)
                return Error.Invalid(path + ".questionId", $"This event asks no question '{answer.QuestionId}'.");
            if (checkedAnswers.ContainsKey(question.Id))
                return Error.Invalid(path + ".questionId", $"'{question.Id}' is answered twice.");
            if (answer.IsBlank) continue;
            var tidied = question.Check(answer, path);
            if (!tidied.IsSuccess) return tidied.Error!;
            checkedAnswers[question.Id] = tidied.Value;
        }
        if (questions.FirstOrDefault(q => q.Required && !checkedAnswers.ContainsKey(q.Id)) is { } missing)
            return Error.Invalid("answers", $"'{missing.Id}' is required.");
        return Result<IReadOnlyList<Answer>>.Success([.. questions.Where(q => checkedAnswers.ContainsKey(q.Id)).Select(q => checkedAnswers[q.Id])]);
    }
}
