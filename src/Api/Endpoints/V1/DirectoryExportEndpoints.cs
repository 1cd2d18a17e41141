using Mediator;
using Microsoft.AspNetCore.Mvc;
using Scc.Api.Auth;
using Scc.Api.ErrorHandling;
using Scc.Api.Exports;
using Scc.Api.Http;
using Scc.Api.OpenApi;
using Scc.Application.DirectoryExport;
using Scc.Application.Organisations;
using Scc.Application.Partnerships;
using Scc.Application.People.GetPerson;

namespace Scc.Api.Endpoints.V1;

/// <summary>
/// <c>/api/v1/exports</c>: the directory (organisations, people, partnerships) in one file each, as CSV for spreadsheets
/// or as JSON, for staff. The partners' contact persons are personal data: only admins' exports carry them.
/// </summary>
public static class DirectoryExportEndpoints
{
    public static IEndpointRouteBuilder MapDirectoryExportEndpoints(this IEndpointRouteBuilder app)
    {
        var exports = app.NewVersionedApi("Exports").MapGroup("/api/v1/exports").HasApiVersion(1.0).WithTags("Exports")
            .RequireAuthorization(Policies.ContentRead).AnswerHeadLikeGet();

        exports.MapGet("/organisations", Organisations).WithName("ExportOrganisations").WithSummary("Export every organisation")
            .Produces<ExportedItems<OrganisationResponse>>(StatusCodes.Status200OK, "text/csv", "application/json")
            .WithDescription(Description("organisation", "Columns: " + string.Join(", ", DirectoryCsv.OrganisationColumns) + "."));
        exports.MapGet("/people", People).WithName("ExportPeople").WithSummary("Export every person")
            .Produces<ExportedItems<PersonResponse>>(StatusCodes.Status200OK, "text/csv", "application/json")
            .WithDescription(Description("person", "Columns: " + string.Join(", ", DirectoryCsv.PersonColumns) + "."));
        exports.MapGet("/partnerships", Partnerships).WithName("ExportPartnerships").WithSummary("Export every partnership")
            .Produces<ExportedItems<PartnershipResponse>>(StatusCodes.Status200OK, "text/csv", "application/json")
            .WithDescription(Description("partnership", "Columns: " + string.Join(", ", DirectoryCsv.PartnershipColumns) +
                                                        "; for admins also " + string.Join(", ", DirectoryCsv.ContactColumns) +
                                                        " (the partner's contact person, null in JSON for everyone else)."));
        return app;
    }

    private static string Description(string kind, string columns) =>
        $"Every {kind} in one answer, by slug: CSV (UTF-8 with a byte order mark, each bilingual text in an .en and a .zh-Hant column, " +
        $"every cell a spreadsheet could run as a formula prefixed with ') or JSON. {columns} For staff and API keys with content:read.";

    private static async Task<IResult> Organisations(
        [QueryParameter(Values = ["csv", "json"], Description = Format)] [FromQuery(Name = "format")] string? format, HttpContext http, ISender sender, CancellationToken ct) =>
        Answer(http, format, "organisations", await sender.Send(new ExportOrganisationsQuery(), ct), DirectoryCsv.Organisations);

    private static async Task<IResult> People(
        [QueryParameter(Values = ["csv", "json"], Description = Format)] [FromQuery(Name = "format")] string? format, HttpContext http, ISender sender, CancellationToken ct) =>
        Answer(http, format, "people", await sender.Send(new ExportPeopleQuery(), ct), DirectoryCsv.People);

    private static async Task<IResult> Partnerships(
        [QueryParameter(Values = ["csv", "json"], Description = Format)] [FromQuery(Name = "format")] string? format, HttpContext http, ISender sender, CancellationToken ct)
    {
        var admin = http.User.IsInRole(Policies.AdminRole);
        return Answer(http, format, "partnerships", await sender.Send(new ExportPartnershipsQuery(IncludeContact: admin), ct),
            items => DirectoryCsv.Partnerships(items, includeContact: admin));
    }

    private const string Format = "csv or json; without it, json when Accept asks for application/json and not text/csv, else csv.";

    private static IResult Answer<T>(HttpContext http, string? format, string fileName, IReadOnlyList<T> items, Func<IReadOnlyList<T>, byte[]> csv)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (format is not (null or "csv" or "json"))
            return Domain.Common.Error.Invalid("format", "csv or json.").ToProblem();
        var accept = http.Request.GetTypedHeaders().Accept;
        format ??= accept.Any(a => a.MediaType == "application/json") && !accept.Any(a => a.MediaType == "text/csv") ? "json" : "csv";
        if (format == "json")
        {
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}.json\"";
            return TypedResults.Ok(new ExportedItems<T>(items));
        }
        return TypedResults.File(csv(items), SpreadsheetCsv.ContentType, fileName + ".csv");
    }
}
