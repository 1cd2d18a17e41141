using Mediator;
using Scc.Application.Mous.GetMou;
using Scc.Domain.Common;

namespace Scc.Application.Mous.TerminateMou;

/// <summary>Records that an MoU ended before its term.</summary>
public sealed record TerminateMouCommand(Guid Id, DateOnly TerminatedOn, LocalizedText? Note, uint? ExpectedVersion) : ICommand<Result<MouResponse>>;
