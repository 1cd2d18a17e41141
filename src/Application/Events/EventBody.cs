using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Application.Events;

/// <summary>What an editor sends to create or replace an event.</summary>
public abstract record EventBody
{
    /// <summary>Lower-case words joined by hyphens; made from the English (else Chinese) title when left out.</summary>
    public string? Slug { get; init; }

    public required EventType Type { get; init; }

    public required EventFormat Format { get; init; }

    public required LocalizedText Title { get; init; }

    public LocalizedText? Summary { get; init; }

    public LocalizedText? Description { get; init; }

    /// <summary>IANA time zone of the place where the event happens, e.g. Asia/Hong_Kong or Asia/Bangkok.</summary>
    public required string TimeZone { get; init; }

    public required EventSchedule Schedule { get; init; }

    /// <summary>Where an in-person or hybrid event takes place; left out while it is not yet known. Ignored for online events.</summary>
    public Venue? Venue { get; init; }

    public Uri? OnlineUrl { get; init; }

    /// <summary>e.g. Zoom.</summary>
    public string? OnlinePlatform { get; init; }

    /// <summary>The larger event this one is part of.</summary>
    public Guid? ParentEventId { get; init; }

    public Guid? SeriesId { get; init; }

    /// <summary>1-based position of this session in its series.</summary>
    public int? SeriesPosition { get; init; }

    public IReadOnlyList<Speaker>? Speakers { get; init; }

    public IReadOnlyList<Outcome>? Outcomes { get; init; }

    public IReadOnlyList<LocalizedText>? Highlights { get; init; }

    /// <summary>Lower-case kebab-case words.</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    public RegistrationSettings? Registration { get; init; }

    public IReadOnlyList<EnquiryContact>? Contacts { get; init; }

    public Uri? WebsiteUrl { get; init; }

    public Uri? ImageUrl { get; init; }

    /// <summary>Organisations in their roles (organiser, supportingOrganisation, sponsor...).</summary>
    public IReadOnlyList<EventOrganisation>? Organisations { get; init; }

    /// <summary>Funding programmes whose disclaimers must be published with the event.</summary>
    public IReadOnlyList<Guid>? FundingProgrammeIds { get; init; }

    /// <summary>The programme that hosts the event.</summary>
    public Guid? ProgrammeId { get; init; }

    /// <summary>The agenda: sessions within the event's dates, each with its own speakers; kept in start order.</summary>
    public IReadOnlyList<Session>? Sessions { get; init; }

    public EventContent ToContent() => new(
        Type, Format, Title, Summary, Description, TimeZone, Schedule, Venue, OnlineUrl, OnlinePlatform,
        ParentEventId, SeriesId, SeriesPosition, Speakers ?? [], Outcomes ?? [], Highlights ?? [], Tags ?? [],
        Registration ?? RegistrationSettings.None, Contacts ?? [], WebsiteUrl, ImageUrl,
        Organisations ?? [], FundingProgrammeIds ?? [], ProgrammeId, Sessions ?? []);

    /// <summary>The slug to use: the one given, else one made from the title.</summary>
    public string SlugOrFromTitle() =>
        Slug ?? (Domain.Common.Slug.From(Title.En) is { Length: > 0 } fromEnglish ? fromEnglish : "event");
}
