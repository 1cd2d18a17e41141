using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Partnerships.CreatePartnership;

public sealed record CreatePartnershipCommand : PartnershipBody, ICommand<Result<PartnershipResponse>>;
