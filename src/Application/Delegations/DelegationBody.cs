using Scc.Domain.Common;
using Scc.Domain.Delegations;
using Scc.Domain.Events;

namespace Scc.Application.Delegations;

/// <summary>What an editor sends to create or replace a delegation.</summary>
public abstract record DelegationBody
{
    /// <summary>Lower-case words joined by hyphens; made from the English title when left out.</summary>
    public string? Slug { get; init; }

    public required LocalizedText Title { get; init; }

    public LocalizedText? Purpose { get; init; }

    /// <summary>Lower-case kebab-case words (smart-city, digital-economy...).</summary>
    public IReadOnlyList<string>? Topics { get; init; }

    /// <summary>IANA time zone of the places visited, e.g. Asia/Bangkok.</summary>
    public required string TimeZone { get; init; }

    /// <summary>The first day (yyyy-MM-dd).</summary>
    public required DateOnly StartDate { get; init; }

    /// <summary>The last day (inclusive); not before startDate.</summary>
    public required DateOnly EndDate { get; init; }

    public IReadOnlyList<Destination>? Destinations { get; init; }

    /// <summary>Leaders, members, organisers...: each with exactly one of personId and organisationId, both existing.</summary>
    public IReadOnlyList<Participant>? Participants { get; init; }

    /// <summary>Visits, each on a day between startDate and endDate.</summary>
    public IReadOnlyList<ItineraryItem>? Itinerary { get; init; }

    public IReadOnlyList<Outcome>? Outcomes { get; init; }

    public IReadOnlyList<LocalizedText>? Highlights { get; init; }

    /// <summary>Events that came out of or belong to the delegation.</summary>
    public IReadOnlyList<Guid>? RelatedEventIds { get; init; }

    public DelegationContent ToContent() => new(
        Title, Purpose, Topics ?? [], TimeZone, StartDate, EndDate, Destinations ?? [], Participants ?? [], Itinerary ?? [],
        Outcomes ?? [], Highlights ?? [], RelatedEventIds ?? []);

    /// <summary>The slug to use: the one given, else one made from the title.</summary>
    public string SlugOrFromTitle() =>
        Slug ?? (Domain.Common.Slug.From(Title.En) is { Length: > 0 } fromEnglish ? fromEnglish : "delegation");
}
