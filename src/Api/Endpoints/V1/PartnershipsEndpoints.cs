using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Scc.Api.Auth;
using Scc.Api.Http;
using Scc.Api.OpenApi;
using Scc.Application.Common.Paging;
using Scc.Application.Partnerships;
using Scc.Application.Partnerships.CreatePartnership;
using Scc.Application.Partnerships.DeletePartnership;
using Scc.Application.Partnerships.GetPartnership;
using Scc.Application.Partnerships.ListPartnerships;
using Scc.Application.Partnerships.UpdatePartnership;

namespace Scc.Api.Endpoints.V1;

/// <summary><c>/api/v1/partnerships</c>: the consortium's standing relationships with other organisations.</summary>
public static class PartnershipsEndpoints
{
    public static IEndpointRouteBuilder MapPartnershipsEndpoints(this IEndpointRouteBuilder app)
    {
        var partnerships = app.NewVersionedApi("Partnerships").MapGroup("/api/v1/partnerships")
            .HasApiVersion(1.0).WithTags("Partnerships").AnswerHeadLikeGet();

        partnerships.MapGet("/", List).AllowAnonymous().WithName("ListPartnerships").ReadsFromReplicaWhenAnonymous().WithSummary("List partnerships")
            .WithDescription("Anyone may list partnerships; the partner's `contact` (a person) is shown to staff only, and is null for everyone else.");
        partnerships.MapGet("/{id:guid}", GetById).AllowAnonymous().WithName("GetPartnership")
            .WithSummary("Get a partnership")
            .WithDescription("The partner's `contact` (a person) is shown to staff only, and is null for everyone else; the two views have different ETags.")
            .WithConditionalGet();
        partnerships.MapPost("/", Create).RequireAuthorization(Policies.ContentWrite).WithName("CreatePartnership")
            .WithSummary("Create a partnership")
            .WithProblems(StatusCodes.Status409Conflict, "slug_taken");
        partnerships.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.ContentWrite).WithName("UpdatePartnership")
            .WithSummary("Replace a partnership")
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "slug_taken");
        partnerships.MapDelete("/{id:guid}", Delete).RequireAuthorization(Policies.ContentDelete).WithName("DeletePartnership")
            .WithSummary("Delete a partnership")
            .WithDescription(TrashEndpoints.Deletion("partnership"))
            .WithIfMatch();
        return app;
    }

    private static async Task<Ok<Page<PartnershipResponse>>> List(
        [AsParameters] PartnershipListParameters p, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListPartnershipsQuery(p.OrganisationId, p.Role, p.Year, p.Active, p.Cursor, p.Limit, IncludeContact: user.IsStaff()), ct));

    private static async Task<Results<Ok<PartnershipResponse>, StatusCodeHttpResult, ProblemHttpResult>> GetById(
        Guid id, HttpContext http, ClaimsPrincipal user, ISender sender, CancellationToken ct)
    {
        var staff = user.IsStaff();
        return await ResourceResults.ReadAsync(sender, new GetPartnershipQuery(id, IncludeContact: staff), http, ct, view: staff ? null : "public");
    }

    private static async Task<Results<Created<PartnershipResponse>, ProblemHttpResult>> Create(
        CreatePartnershipCommand command, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.CreateAsync(sender, command, http, r => $"/api/v1/partnerships/{r.Id}", ct);
    }

    private static async Task<Results<Ok<PartnershipResponse>, ProblemHttpResult>> Update(
        Guid id, UpdatePartnershipCommand command, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.WriteAsync(sender, command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(http.Request) }, http, ct);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.DeleteAsync(sender, new DeletePartnershipCommand(id, ETags.ExpectedVersion(http.Request)), ct);
    }
}
