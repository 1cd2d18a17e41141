using Scc.Domain.Common;
using Scc.Domain.Organisations;

namespace Scc.Domain.Partnerships;

/// <summary>
/// The consortium's relationship with one organisation: SCC's role and the partner's, over one event, a
/// series, a programme or a period.
/// </summary>
public sealed class Partnership : TrashableEntity
{
    private Partnership(Guid id, string slug) : base(id) => Slug = slug;

    public string Slug { get; private set; }

    public Guid OrganisationId { get; private set; }

    /// <summary>SCC's part: supporting organisation, collaborating organisation, organiser...</summary>
    public OrganisationRole SccRole { get; private set; }

    /// <summary>The partner's part, where it has one: organiser, sponsor, operator...</summary>
    public OrganisationRole? PartnerRole { get; private set; }

    public PartnershipScopeKind ScopeKind { get; private set; }

    public Guid? EventId { get; private set; }

    public Guid? SeriesId { get; private set; }

    public Guid? ProgrammeId { get; private set; }

    public DateOnly? StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public PartnerContact? Contact { get; private set; }

    public LocalizedText? Notes { get; private set; }

    public static Result<Partnership> Create(Guid id, string slug, PartnershipDetails details)
    {
        var partnership = new Partnership(id, slug);
        var updated = partnership.Update(slug, details);
        return updated.IsSuccess ? partnership : updated.Error!;
    }

    public Result Update(string slug, PartnershipDetails details)
    {
        var scope = details.Scope;
        var target = scope.Kind switch
        {
            PartnershipScopeKind.Event => (scope.EventId, "scope.eventId"),
            PartnershipScopeKind.Series => (scope.SeriesId, "scope.seriesId"),
            PartnershipScopeKind.Programme => (scope.ProgrammeId, "scope.programmeId"),
            _ => ((Guid?)Guid.Empty, "scope"),
        };
        if (target.Item1 is null) return Error.Invalid(target.Item2, $"A partnership over one {scope.Kind.ToString().ToLowerInvariant()} names it.");
        if (scope.Kind == PartnershipScopeKind.Period && details.StartDate is null)
            return Error.Invalid("startDate", "A partnership over a period needs a start date.");
        if (details is { StartDate: { } start, EndDate: { } end } && end < start)
            return Error.Invalid("endDate", "The end must not be before the start.");

        Slug = slug;
        OrganisationId = details.OrganisationId;
        SccRole = details.SccRole;
        PartnerRole = details.PartnerRole;
        ScopeKind = scope.Kind;
        // Only the target of the scope's kind is kept.
        EventId = scope.Kind == PartnershipScopeKind.Event ? scope.EventId : null;
        SeriesId = scope.Kind == PartnershipScopeKind.Series ? scope.SeriesId : null;
        ProgrammeId = scope.Kind == PartnershipScopeKind.Programme ? scope.ProgrammeId : null;
        StartDate = details.StartDate;
        EndDate = details.EndDate;
        Contact = details.Contact;
        Notes = details.Notes;
        return Result.Success();
    }

    public PartnershipStatus StatusOn(DateOnly day) =>
        StartDate is { } start && day < start ? PartnershipStatus.Upcoming
        : EndDate is { } end && day > end ? PartnershipStatus.Ended
        : PartnershipStatus.Active;
}
