using Mediator;
using Scc.Application.Mous.GetMou;
using Scc.Domain.Common;

namespace Scc.Application.Mous.CreateMou;

/// <summary>Records a draft MoU.</summary>
public sealed record CreateMouCommand : MouBody, ICommand<Result<MouResponse>>;
