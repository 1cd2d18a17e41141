using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Programmes.GetProgramme;

public sealed record GetProgrammeQuery(Guid Id) : IQuery<Result<ProgrammeResponse>>;
