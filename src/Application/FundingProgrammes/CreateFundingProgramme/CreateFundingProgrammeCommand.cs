using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.FundingProgrammes.CreateFundingProgramme;

/// <summary>Creates a funding programme whose disclaimer funded events will carry.</summary>
public sealed record CreateFundingProgrammeCommand : FundingProgrammeBody, ICommand<Result<FundingProgrammeResponse>>;
