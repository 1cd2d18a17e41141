using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Programmes.DeleteProgramme;

/// <summary>Deletes a programme and its list of organisations.</summary>
public sealed record DeleteProgrammeCommand(Guid Id, uint? ExpectedVersion) : ICommand<Result>;
