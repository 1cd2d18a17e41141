using Scc.Domain.Common;
using Scc.Domain.People;

namespace Scc.Application.People;

/// <summary>What an editor sends to create or replace a person.</summary>
public abstract record PersonBody
{
    /// <summary>Lower-case words joined by hyphens; made from the English name when left out (numbered when taken).</summary>
    public string? Slug { get; init; }

    public required LocalizedText Name { get; init; }

    /// <summary>As the person is addressed: "Hon", "Dr Hon", "Prof Hon", "H.E.", "Dr", "Mr"...</summary>
    public string? Honorific { get; init; }

    /// <summary>
    /// The titles the person held, each at an organisation (optional) over dates (optional, inclusive; an
    /// open start or end means "since always" or "still").
    /// </summary>
    public IReadOnlyList<Appointment>? Appointments { get; init; }

    /// <summary>The slug made from the name, for when the client sent none.</summary>
    public string SlugFromName() => Domain.Common.Slug.From(Name.En) is { Length: > 0 } fromEnglish ? fromEnglish : "person";
}
