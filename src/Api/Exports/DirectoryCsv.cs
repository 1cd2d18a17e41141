using Scc.Application.Organisations;
using Scc.Application.Partnerships;
using Scc.Application.People.GetPerson;
using Scc.Domain.People;

namespace Scc.Api.Exports;

/// <summary>
/// The directory as CSV for spreadsheets (<see cref="SpreadsheetCsv"/>): one row per organisation, person or
/// partnership, each bilingual text in two columns (<c>name.en</c>, <c>name.zh-Hant</c>), ids as the JSON has them.
/// </summary>
public static class DirectoryCsv
{
    public static readonly string[] OrganisationColumns =
    [
        "id", "slug", "acronym", "name.en", "name.zh-Hant", "kind", "countryCode", "description.en", "description.zh-Hant", "websiteUrl", "logoUrl",
    ];

    public static readonly string[] PersonColumns =
        ["id", "slug", "honorific", "name.en", "name.zh-Hant", "currentTitles.en", "currentTitles.zh-Hant", "appointments", "createdAt", "updatedAt"];

    public static readonly string[] PartnershipColumns =
    [
        "id", "slug", "organisationId", "organisationAcronym", "organisationName.en", "organisationName.zh-Hant", "sccRole", "partnerRole",
        "scope", "eventId", "seriesId", "programmeId", "startDate", "endDate", "status", "notes.en", "notes.zh-Hant",
    ];

    /// <summary>The partner's contact person: personal data, in the admins' export only.</summary>
    public static readonly string[] ContactColumns = ["contact.name.en", "contact.name.zh-Hant", "contact.email", "contact.phone"];

    /// <summary>Separates the titles or appointments listed in one cell.</summary>
    public const string ListSeparator = "; ";

    public static byte[] Organisations(IReadOnlyList<OrganisationResponse> organisations) =>
        SpreadsheetCsv.Write(OrganisationColumns, organisations.Select(o => (IReadOnlyList<string?>)
        [
            o.Id.ToString(), o.Slug, o.Acronym, o.Name.En, o.Name.ZhHant, SpreadsheetCsv.Name(o.Kind), o.CountryCode,
            o.Description?.En, o.Description?.ZhHant, o.WebsiteUrl?.OriginalString, o.LogoUrl?.OriginalString,
        ]));

    public static byte[] People(IReadOnlyList<PersonResponse> people) =>
        SpreadsheetCsv.Write(PersonColumns, people.Select(p => (IReadOnlyList<string?>)
        [
            p.Id.ToString(), p.Slug, p.Honorific, p.Name.En, p.Name.ZhHant,
            Join(p.CurrentTitles.Select(a => a.Title.En)), Join(p.CurrentTitles.Select(a => a.Title.ZhHant)),
            Join(p.Appointments.Select(Appointment)), SpreadsheetCsv.Instant(p.CreatedAt), SpreadsheetCsv.Instant(p.UpdatedAt),
        ]));

    public static byte[] Partnerships(IReadOnlyList<PartnershipResponse> partnerships, bool includeContact) =>
        SpreadsheetCsv.Write(includeContact ? [.. PartnershipColumns, .. ContactColumns] : PartnershipColumns, partnerships.Select(p => (IReadOnlyList<string?>)
        [
            p.Id.ToString(), p.Slug, p.OrganisationId.ToString(), p.OrganisationAcronym, p.OrganisationName?.En, p.OrganisationName?.ZhHant,
            SpreadsheetCsv.Name(p.SccRole), p.PartnerRole is { } role ? SpreadsheetCsv.Name(role) : null,
            SpreadsheetCsv.Name(p.Scope.Kind), p.Scope.EventId?.ToString(), p.Scope.SeriesId?.ToString(), p.Scope.ProgrammeId?.ToString(),
            p.StartDate is { } start ? SpreadsheetCsv.Date(start) : null, p.EndDate is { } end ? SpreadsheetCsv.Date(end) : null,
            SpreadsheetCsv.Name(p.Status), p.Notes?.En, p.Notes?.ZhHant,
            .. includeContact ? (string?[])[p.Contact?.Name.En, p.Contact?.Name.ZhHant, p.Contact?.Email, p.Contact?.Phone] : [],
        ]));

    private static string? Join(IEnumerable<string?> texts) =>
        string.Join(ListSeparator, texts.Where(t => !string.IsNullOrWhiteSpace(t))) is { Length: > 0 } joined ? joined : null;

    /// <summary>An appointment as one reads it: its title in both languages and its dates, <c>Title 職銜 (2023-01-01..2023-06-14)</c>.</summary>
    private static string Appointment(Appointment a)
    {
        var title = string.Join(" ", new[] { a.Title.En, a.Title.ZhHant }.Where(t => !string.IsNullOrWhiteSpace(t)));
        return a.From is null && a.To is null ? title
            : $"{title} ({(a.From is { } from ? SpreadsheetCsv.Date(from) : "")}..{(a.To is { } to ? SpreadsheetCsv.Date(to) : "")})";
    }
}
