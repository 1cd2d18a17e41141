using Scc.Application.Events;
using Scc.Domain.Common;
using Scc.Domain.Digests;
using Scc.Domain.Events;

namespace Scc.Application.Digests;

/// <summary>One activity in a digest: an event, a delegation or an MoU signing, with everything a newsletter says about it.</summary>
public sealed record DigestItem
{
    public required DigestItemKind Kind { get; init; }

    public required Guid Id { get; init; }

    public required string Slug { get; init; }

    /// <summary>The resource in this API.</summary>
    public required string Url { get; init; }

    public required DigestSection Section { get; init; }

    /// <summary>Upcoming items only: the consortium's own (organiser or co-organiser) or others'.</summary>
    public DigestGroup? Group { get; init; }

    /// <summary>An editor pinned it to the top of its section.</summary>
    public bool Pinned { get; init; }

    /// <summary>Events only: seminar, training, pavilion...</summary>
    public EventType? EventType { get; init; }

    /// <summary>Events only: in person, online or hybrid.</summary>
    public EventFormat? Format { get; init; }

    public required LocalizedText Title { get; init; }

    public LocalizedText? Summary { get; init; }

    /// <summary>IANA zone in which the dates are meant.</summary>
    public required string TimeZone { get; init; }

    /// <summary>When: an event's own schedule; a delegation's days and an MoU's signing day as all-day dates.</summary>
    public required EventSchedule Schedule { get; init; }

    /// <summary>Where: an event's venue, a delegation's destinations, an MoU's place of signing.</summary>
    public IReadOnlyList<Venue> Places { get; init; } = [];

    public string? OnlinePlatform { get; init; }

    /// <summary>SCC's parts in it (organiser, supportingOrganisation, party...); empty when SCC is there only through its people.</summary>
    public IReadOnlyList<string> SccRoles { get; init; } = [];

    public IReadOnlyList<DigestOrganisation> Organisations { get; init; } = [];

    /// <summary>Speakers, guests, judges, leaders, members and signatories, with their titles at the time.</summary>
    public IReadOnlyList<DigestPerson> People { get; init; } = [];

    /// <summary>An event's agenda, in start order, times in the event's time zone.</summary>
    public IReadOnlyList<DigestSession> Sessions { get; init; } = [];

    public IReadOnlyList<LocalizedText> Highlights { get; init; } = [];

    public IReadOnlyList<Outcome> Outcomes { get; init; } = [];

    /// <summary>Upcoming events that take registrations or applications.</summary>
    public DigestRegistration? Registration { get; init; }

    public IReadOnlyList<EnquiryContact> Contacts { get; init; } = [];

    public Uri? WebsiteUrl { get; init; }

    /// <summary>The larger event this one is part of.</summary>
    public DigestReference? PartOf { get; init; }

    public DigestReference? Series { get; init; }

    /// <summary>The funding programmes, each with the disclaimer that must be published with the item.</summary>
    public IReadOnlyList<FundingNoticeResponse> Funding { get; init; } = [];
}
