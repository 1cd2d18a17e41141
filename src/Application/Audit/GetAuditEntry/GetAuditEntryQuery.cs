using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Audit.GetAuditEntry;

public sealed record GetAuditEntryQuery(Guid Id) : IQuery<Result<AuditEntryResponse>>;
