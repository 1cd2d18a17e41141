using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.People.DeletePerson;

/// <summary>Deletes a person.</summary>
public sealed record DeletePersonCommand(Guid Id, uint? ExpectedVersion) : ICommand<Result>;
