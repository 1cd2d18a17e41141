namespace Scc.Application.People.CreatePerson;

public sealed class CreatePersonValidator : PersonBodyValidator<CreatePersonCommand>;
