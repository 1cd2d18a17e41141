using FluentValidation;
using Scc.Application.Registrations.Changes;

namespace Scc.Application.Changes;

public sealed class GetContentChangesValidator : AbstractValidator<GetContentChangesQuery>
{
    public GetContentChangesValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, GetContentChangesQuery.MaxLimit);
        RuleFor(q => q.Cursor).Must(c => ChangeCursor.TryDecode(c, out _)).WithMessage("The cursor is not one this feed gave out.");
        RuleFor(q => q.Type).Must(t => ContentResources.Parse(t) is not null)
            .WithMessage($"Use one or more of: {string.Join(", ", ContentResources.Types)}.");
    }
}
