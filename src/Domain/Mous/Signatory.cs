using Scc.Domain.Common;

namespace Scc.Domain.Mous;

/// <summary>Who signed for a party: a person on record, or a name when there is none.</summary>
/// <param name="Title">The title held at signing; when left out, the person's title valid on the signing date is shown.</param>
public sealed record Signatory(Guid? PersonId = null, LocalizedText? Name = null, LocalizedText? Title = null);
