using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.FundingProgrammes.DeleteFundingProgramme;

/// <summary>Deletes a funding programme that nothing uses.</summary>
public sealed record DeleteFundingProgrammeCommand(Guid Id, uint? ExpectedVersion) : ICommand<Result>;
