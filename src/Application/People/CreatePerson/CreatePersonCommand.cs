using Mediator;
using Scc.Application.People.GetPerson;
using Scc.Domain.Common;

namespace Scc.Application.People.CreatePerson;

/// <summary>Creates a person: a speaker, leader, signatory or judge.</summary>
public sealed record CreatePersonCommand : PersonBody, ICommand<Result<PersonResponse>>;
