using FluentValidation;

namespace Scc.Application.People.GetPerson;

public sealed class GetPersonValidator : AbstractValidator<GetPersonQuery>
{
    public GetPersonValidator() =>
        RuleFor(q => q.On).Must(on => PersonDates.TryParse(on, out _))
            .WithMessage("Use a date: yyyy-MM-dd.");
}
