using FluentValidation;

namespace Scc.Application.Registrations.Changes;

public sealed class GetRegistrationChangesValidator : AbstractValidator<GetRegistrationChangesQuery>
{
    public GetRegistrationChangesValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, GetRegistrationChangesQuery.MaxLimit);
        RuleFor(q => q.Cursor).Must(c => ChangeCursor.TryDecode(c, out _)).WithMessage("The cursor is not one this feed gave out.");
    }
}
