using Scc.Domain.Common;

namespace Scc.Application.Common.Lookups;

/// <summary>An organisation as other resources show it, so that a client needs no second call.</summary>
public sealed record OrganisationReference(Guid Id, LocalizedText Name, string? Acronym);
