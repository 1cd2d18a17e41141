using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Programmes.CreateProgramme;

/// <summary>Creates a programme: a standing initiative that hosts events.</summary>
public sealed record CreateProgrammeCommand : ProgrammeBody, ICommand<Result<ProgrammeResponse>>;
