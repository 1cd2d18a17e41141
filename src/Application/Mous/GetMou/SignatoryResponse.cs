using Scc.Domain.Common;

namespace Scc.Application.Mous.GetMou;

/// <summary>Who signed for a party, with the title held at signing.</summary>
public sealed record SignatoryResponse
{
    public Guid? PersonId { get; init; }

    public LocalizedText? Name { get; init; }

    public string? Honorific { get; init; }

    /// <summary>The title given for the signing, else the person's title valid on the signing date.</summary>
    public LocalizedText? Title { get; init; }
}
