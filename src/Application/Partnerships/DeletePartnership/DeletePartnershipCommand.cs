using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Partnerships.DeletePartnership;

public sealed record DeletePartnershipCommand(Guid Id, uint? ExpectedVersion) : ICommand<Result>;
