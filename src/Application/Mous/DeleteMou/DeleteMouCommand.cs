using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Mous.DeleteMou;

/// <summary>Deletes a draft MoU.</summary>
public sealed record DeleteMouCommand(Guid Id, uint? ExpectedVersion) : ICommand<Result>;
