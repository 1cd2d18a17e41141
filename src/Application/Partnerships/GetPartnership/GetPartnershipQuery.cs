using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Partnerships.GetPartnership;

public sealed record GetPartnershipQuery(Guid Id) : IQuery<Result<PartnershipResponse>>;
