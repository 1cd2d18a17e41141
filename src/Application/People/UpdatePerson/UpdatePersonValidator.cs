namespace Scc.Application.People.UpdatePerson;

public sealed class UpdatePersonValidator : PersonBodyValidator<UpdatePersonCommand>;
