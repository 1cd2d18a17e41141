using Mediator;
using Scc.Application.Mous.GetMou;
using Scc.Domain.Common;

namespace Scc.Application.Mous.PublishMou;

/// <summary>Makes a draft MoU visible to readers.</summary>
public sealed record PublishMouCommand(Guid Id, uint? ExpectedVersion) : ICommand<Result<MouResponse>>;
