using Scc.Domain.Common;

namespace Scc.Application.FundingProgrammes;

/// <summary>What an editor sends to create or replace a funding programme.</summary>
public abstract record FundingProgrammeBody
{
    /// <summary>Lower-case words joined by hyphens; made from the English name when left out (numbered when taken).</summary>
    public string? Slug { get; init; }

    /// <summary>TSF, GSP...</summary>
    public string? Acronym { get; init; }

    public required LocalizedText Name { get; init; }

    /// <summary>The organisation that runs the scheme (the Trade and Industry Department, the ITC...).</summary>
    public Guid? FunderOrganisationId { get; init; }

    /// <summary>The text every funded event must carry, up to 2,000 characters in each language.</summary>
    public required LocalizedText Disclaimer { get; init; }

    /// <summary>The slug made from the name, for when the client sent none.</summary>
    public string SlugFromName() => Domain.Common.Slug.From(Name.En) is { Length: > 0 } fromEnglish ? fromEnglish : "funding-programme";
}
