using System.Globalization;
using CsvHelper;
using Scc.Application.Registrations;

namespace Scc.Api.Exports;

/// <summary>
/// An event's registrations as CSV for spreadsheets: UTF-8 with a byte order mark (so Excel shows Chinese names),
/// and text cells that begin with =, +, -, @, tab or CR prefixed with ' so a spreadsheet never runs them as formulas.
/// </summary>
public static class RegistrationCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CsvWriterOptions Options = new()
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        InjectionEscape = '\'',
        InjectionCharacters = "=+-@\t\r",
    };

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
                csv.WriteRecord(
                [
                    r.Id.ToString(), r.ExternalReference, Name(r.Kind), Name(r.Status), r.WaitlistPosition?.ToString(CultureInfo.InvariantCulture),
                    r.Registrant.Name, r.Registrant.Email, r.Registrant.Phone, r.Registrant.Company,
                    r.Exhibitor?.CompanyName, r.Exhibitor?.Technology, r.Exhibitor?.Website?.OriginalString, r.Exhibitor?.BoothNeeds,
                    r.Consent.StatementVersion, r.Consent.Language, Instant(r.Consent.GivenAt),
                    r.ErasedAt is { } erased ? Instant(erased) : null, Instant(r.CreatedAt), Instant(r.UpdatedAt),
                ]);
            }
        }
        return buffer.ToArray();
    }

    private static string Name<T>(T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static string Instant(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
}
