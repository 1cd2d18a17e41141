using System.Globalization;
using System.Text;
using CsvHelper;
using Scc.Application.Registrations;

namespace Scc.Api.Exports;

/// <summary>
/// An event's registrations as CSV for spreadsheets: UTF-8 with a byte order mark (so Excel shows Chinese names),
/// and every cell a spreadsheet could run as a formula prefixed with ' (see <see cref="Neutralise"/>).
/// </summary>
public static class RegistrationCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    // The writer's own injection guard looks at the first character only, and at ASCII only: Neutralise does it instead.
    private static readonly CsvWriterOptions Options = new() { WriteByteOrderMark = true };

    public static readonly string[] Columns =
    [
        "id", "externalReference", "kind", "status", "waitlistPosition", "name", "email", "phone", "company",
        "exhibitorCompany", "technology", "website", "boothNeeds", "consentVersion", "consentLanguage", "consentGivenAt",
        "erasedAt", "createdAt", "updatedAt",
    ];

    public static byte[] Write(IEnumerable<RegistrationResponse> registrations)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Options, leaveOpen: true))
        {
            csv.WriteHeader(Columns);
            foreach (var r in registrations)
            {
                csv.WriteRecord(Array.ConvertAll<string?, string?>(
                [
                    r.Id.ToString(), r.ExternalReference, Name(r.Kind), Name(r.Status), r.WaitlistPosition?.ToString(CultureInfo.InvariantCulture),
                    r.Registrant.Name, r.Registrant.Email, r.Registrant.Phone, r.Registrant.Company,
                    r.Exhibitor?.CompanyName, r.Exhibitor?.Technology, r.Exhibitor?.Website?.OriginalString, r.Exhibitor?.BoothNeeds,
                    r.Consent.StatementVersion, r.Consent.Language, Instant(r.Consent.GivenAt),
                    r.ErasedAt is { } erased ? Instant(erased) : null, Instant(r.CreatedAt), Instant(r.UpdatedAt),
                ], Neutralise));
            }
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// The cell with ' in front when a spreadsheet could take it for a formula: it starts with tab or CR, or its first
    /// character after any blanks, control and invisible formatting characters is = + - or @, in ASCII or in a form
    /// that spreadsheets read as one of them (the full-width ＝ ＋ － ＠ and the small forms, found by Unicode
    /// compatibility normalisation).
    /// </summary>
    private static string? Neutralise(string? cell)
    {
        if (string.IsNullOrEmpty(cell)) return cell;
        if (cell[0] is '\t' or '\r') return "'" + cell;
        foreach (var c in cell)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format) continue;
            return IsFormulaTrigger(c) ? "'" + cell : cell;
        }
        return cell;
    }

    private static bool IsFormulaTrigger(char c) =>
        c is '=' or '+' or '-' or '@' || c > 0x7F && !char.IsSurrogate(c) && c.ToString().Normalize(NormalizationForm.FormKC) is "=" or "+" or "-" or "@";

    private static string Name<T>(T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static string Instant(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
}
