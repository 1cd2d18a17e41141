using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Partnerships.GetPartnership;

/// <param name="IncludeContact">For staff: the partner's contact person is personal data, shown to no one else.</param>
public sealed record GetPartnershipQuery(Guid Id, bool IncludeContact = false) : IQuery<Result<PartnershipResponse>>;
