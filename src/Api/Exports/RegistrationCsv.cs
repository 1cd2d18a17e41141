using System.Globalization;
using Scc.Application.Registrations.ExportRegistrations;
using Scc.Domain.Common;
using Scc.Domain.Events;
using Scc.Domain.Registrations;

namespace Scc.Api.Exports;

/// <summary>
/// An event's registrations as CSV for spreadsheets (<see cref="SpreadsheetCsv"/>).
/// After the fixed columns comes one column per custom question, headed by its label in the chosen language, holding the
/// answer as a person reads it (the chosen options' labels, yes or no).
/// </summary>
public static class RegistrationCsv
{
    public const string ContentType = SpreadsheetCsv.ContentType;

    public static readonly string[] Columns =
    [
        "id", "externalReference", "kind", "status", "waitlistPosition", "name", "email", "phone", "company",
        "exhibitorCompany", "technology", "website", "boothNeeds", "consentVersion", "consentLanguage", "consentGivenAt",
        "erasedAt", "createdAt", "updatedAt", "source", "checkedInAt",
    ];

    /// <summary>Separates the chosen options of a multiple-choice answer in its cell.</summary>
    public const string ChoiceSeparator = "; ";

    /// <param name="language">en or zh-Hant: the language of the questions' headers and of the answers' options.</param>
    public static byte[] Write(RegistrationExport export, string language)
    {
        var questions = export.Questions;
        return SpreadsheetCsv.Write([.. Columns, .. QuestionHeaders(questions, language)], export.Items.Select(r =>
        {
            var answers = r.Answers.ToDictionary(a => a.QuestionId, StringComparer.Ordinal);
            return (IReadOnlyList<string?>)
            [
                r.Id.ToString(), r.ExternalReference, Name(r.Kind), Name(r.Status), r.WaitlistPosition?.ToString(CultureInfo.InvariantCulture),
                r.Registrant.Name, r.Registrant.Email, r.Registrant.Phone, r.Registrant.Company,
                r.Exhibitor?.CompanyName, r.Exhibitor?.Technology, r.Exhibitor?.Website?.OriginalString, r.Exhibitor?.BoothNeeds,
                r.Consent.StatementVersion, r.Consent.Language, Instant(r.Consent.GivenAt),
                r.ErasedAt is { } erased ? Instant(erased) : null, Instant(r.CreatedAt), Instant(r.UpdatedAt),
                Name(r.Source), r.CheckedInAt is { } checkedIn ? Instant(checkedIn) : null,
                .. questions.Select(q => answers.TryGetValue(q.Id, out var answer) ? Cell(q, answer, language) : null),
            ];
        }));
    }

    /// <summary>Each question's label in the language (else the other); a label already used by a column gets the question's id after it.</summary>
    private static IEnumerable<string> QuestionHeaders(IReadOnlyList<RegistrationQuestion> questions, string language)
    {
        var used = new HashSet<string>(Columns, StringComparer.OrdinalIgnoreCase);
        foreach (var question in questions)
        {
            var label = question.Label.Resolve(language).Text?.Trim() is { Length: > 0 } text ? text : question.Id;
            yield return used.Add(label) ? label : $"{label} ({question.Id})";
        }
    }

    /// <summary>An answer as a person reads it: the text, yes or no, or the chosen options' labels (an option since removed by its id).</summary>
    private static string? Cell(RegistrationQuestion question, Answer answer, string language) => question.Kind switch
    {
        QuestionKind.Text => answer.Text,
        QuestionKind.YesNo => answer.Yes switch
        {
            null => null,
            true => language == LocalizedText.TraditionalChinese ? "是" : "yes",
            false => language == LocalizedText.TraditionalChinese ? "否" : "no",
        },
        _ => string.Join(ChoiceSeparator, (answer.Choices ?? []).Select(id =>
            question.Options?.FirstOrDefault(o => o.Id == id)?.Label.Resolve(language).Text ?? id)),
    };

    private static string Name<T>(T value) where T : struct, Enum => SpreadsheetCsv.Name(value);

    private static string Instant(DateTimeOffset value) => SpreadsheetCsv.Instant(value);
}
