using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.FundingProgrammes.GetFundingProgramme;

public sealed record GetFundingProgrammeQuery(Guid Id) : IQuery<Result<FundingProgrammeResponse>>;
