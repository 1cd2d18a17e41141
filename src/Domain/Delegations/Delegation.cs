using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Domain.Delegations;

/// <summary>A visit abroad or to the Mainland: the Hong Kong Smart City Delegation to Bangkok, a duty visit...</summary>
public sealed class Delegation : TrashableEntity
{
    private Delegation(Guid id, string slug) : base(id) => Slug = slug;

    public string Slug { get; private set; }

    public DelegationStatus Status { get; private set; } = DelegationStatus.Draft;

    /// <summary>Why the delegation was cancelled, for readers.</summary>
    public LocalizedText? StatusNote { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>When the publication schedule publishes this draft; cleared once it is published, by hand or on time.</summary>
    public DateTimeOffset? PublishAt { get; private set; }

    public LocalizedText Title { get; private set; } = null!;

    public LocalizedText? Purpose { get; private set; }

    public IReadOnlyList<string> Topics { get; private set; } = [];

    /// <summary>IANA id of the zone of the places visited, in which the dates are days.</summary>
    public string TimeZone { get; private set; } = null!;

    public DateOnly StartDate { get; private set; }

    /// <summary>The last day (inclusive).</summary>
    public DateOnly EndDate { get; private set; }

    public IReadOnlyList<Destination> Destinations { get; private set; } = [];

    public IReadOnlyList<Participant> Participants { get; private set; } = [];

    public IReadOnlyList<ItineraryItem> Itinerary { get; private set; } = [];

    public IReadOnlyList<Outcome> Outcomes { get; private set; } = [];

    public IReadOnlyList<LocalizedText> Highlights { get; private set; } = [];

    public IReadOnlyList<Guid> RelatedEventIds { get; private set; } = [];

    /// <summary>Country codes of the destinations, kept for filtering.</summary>
    public IReadOnlyList<string> CountryCodes { get; private set; } = [];

    /// <summary>Lower-cased city names of the destinations in both languages, kept for filtering.</summary>
    public IReadOnlyList<string> CityNames { get; private set; } = [];

    /// <summary>The people taking part, kept for filtering.</summary>
    public IReadOnlyList<Guid> PersonIds { get; private set; } = [];

    /// <summary>The organisations taking part or hosting a visit, kept for filtering.</summary>
    public IReadOnlyList<Guid> OrganisationIds { get; private set; } = [];

    /// <summary>A new draft delegation.</summary>
    public static Result<Delegation> Create(Guid id, string slug, DelegationContent content)
    {
        var delegation = new Delegation(id, slug);
        var applied = delegation.Apply(content);
        return applied.IsSuccess ? delegation : applied.Error!;
    }

    /// <summary>Replaces everything an editor writes; the status is left as it is.</summary>
    public Result Update(string slug, DelegationContent content)
    {
        var applied = Apply(content);
        if (applied.IsSuccess) Slug = slug;
        return applied;
    }

    /// <summary>Plans the publication of a draft (null clears it).</summary>
    public Result SchedulePublication(DateTimeOffset? publishAt, DateTimeOffset now)
    {
        if (publishAt is not null && Status != DelegationStatus.Draft) return DelegationErrors.InvalidTransition(Status, "scheduled for publication");
        var valid = PublicationSchedule.Check(publishAt, null, now);
        // Kept in UTC, as every instant is stored; the answer gives it back in UTC.
        if (valid.IsSuccess) PublishAt = publishAt?.ToUniversalTime();
        return valid;
    }

    public Result Publish(DateTimeOffset now)
    {
        if (Status != DelegationStatus.Draft) return DelegationErrors.InvalidTransition(Status, "published");
        Status = DelegationStatus.Published;
        PublishAt = null;
        StatusNote = null;
        PublishedAt ??= now;
        return Result.Success();
    }

    public Result Cancel(LocalizedText? note)
    {
        if (Status == DelegationStatus.Cancelled) return DelegationErrors.InvalidTransition(Status, "cancelled");
        Status = DelegationStatus.Cancelled;
        StatusNote = note;
        PublishAt = null;
        return Result.Success();
    }

    /// <summary>Only drafts and cancelled delegations may go: a published one is announced somewhere.</summary>
    public Result EnsureDeletable() =>
        Status is DelegationStatus.Draft or DelegationStatus.Cancelled ? Result.Success() : DelegationErrors.NotDeletable(Status);

    private Result Apply(DelegationContent content)
    {
        if (!Event.TryFindTimeZone(content.TimeZone, out var timeZone)) return DelegationErrors.UnknownTimeZone(content.TimeZone);
        if (content.EndDate < content.StartDate) return DelegationErrors.EndsBeforeStart;
        for (var i = 0; i < content.Participants.Count; i++)
        {
            if (content.Participants[i].PersonId is null == content.Participants[i].OrganisationId is null)
                return DelegationErrors.ParticipantReference(i);
        }
        for (var i = 0; i < content.Itinerary.Count; i++)
        {
            if (content.Itinerary[i].Date is { } date && (date < content.StartDate || date > content.EndDate))
                return DelegationErrors.ItineraryOutsideDates(i);
        }

        Title = content.Title;
        Purpose = content.Purpose;
        Topics = [.. content.Topics.Select(t => t.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal)];
        TimeZone = timeZone.Id;
        StartDate = content.StartDate;
        EndDate = content.EndDate;
        Destinations = [.. content.Destinations.Select(d => d with { CountryCode = d.CountryCode.ToUpperInvariant() })];
        Participants = [.. content.Participants];
        // Dated stops in date order; undated ones after them, in the order written (the sort is stable).
        Itinerary = [.. content.Itinerary.OrderBy(item => item.Date ?? DateOnly.MaxValue)];
        Outcomes = [.. content.Outcomes];
        Highlights = [.. content.Highlights];
        RelatedEventIds = [.. content.RelatedEventIds.Distinct()];

        CountryCodes = [.. Destinations.Select(d => d.CountryCode).Distinct(StringComparer.Ordinal)];
        CityNames = [.. Destinations.SelectMany(d => new[] { d.City.En, d.City.ZhHant })
            .Where(name => !string.IsNullOrWhiteSpace(name)).Select(name => NormalizeCity(name!)).Distinct(StringComparer.Ordinal)];
        PersonIds = [.. Participants.Select(p => p.PersonId).OfType<Guid>().Distinct()];
        OrganisationIds = [.. Participants.Select(p => p.OrganisationId).Concat(Itinerary.Select(item => item.HostOrganisationId)).OfType<Guid>().Distinct()];
        return Result.Success();
    }

    /// <summary>City names as they are compared: trimmed and lower-cased.</summary>
    public static string NormalizeCity(string name) => name.Trim().ToLowerInvariant();
}
