using Scc.Domain.Common;
using Scc.Domain.Programmes;

namespace Scc.Application.Programmes;

/// <summary>What an editor sends to create or replace a programme.</summary>
public abstract record ProgrammeBody
{
    /// <summary>Lower-case words joined by hyphens; made from the English name when left out (numbered when taken).</summary>
    public string? Slug { get; init; }

    public required LocalizedText Name { get; init; }

    public LocalizedText? Description { get; init; }

    public Uri? WebsiteUrl { get; init; }

    /// <summary>The organisations involved and their parts; an organisation may play several parts, each once.</summary>
    public IReadOnlyList<ProgrammeOrganisation>? Organisations { get; init; }

    /// <summary>The slug made from the name, for when the client sent none.</summary>
    public string SlugFromName() => Domain.Common.Slug.From(Name.En) is { Length: > 0 } fromEnglish ? fromEnglish : "programme";
}
