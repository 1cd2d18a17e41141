using Mediator;
using Scc.Application.Partnerships;

namespace Scc.Application.DirectoryExport;

/// <summary>Every partnership, by slug, for the staff's export; the partner's contact person only when <paramref name="IncludeContact"/>.</summary>
public sealed record ExportPartnershipsQuery(bool IncludeContact) : IQuery<IReadOnlyList<PartnershipResponse>>;
