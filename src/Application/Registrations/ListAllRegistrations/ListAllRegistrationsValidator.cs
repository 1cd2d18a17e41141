using FluentValidation;
using Scc.Application.Common.Paging;
using Scc.Application.Common.Validation;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.ListAllRegistrations;

public sealed class ListAllRegistrationsValidator : AbstractValidator<ListAllRegistrationsQuery>
{
    public ListAllRegistrationsValidator()
    {
        RuleFor(q => q.Status).Must(s => EnumNames<RegistrationStatus>.TryParseList(s, out _))
            .WithMessage($"Use one or more of: {EnumNames<RegistrationStatus>.List} (comma-separated).");
        RuleFor(q => q.Kind).Must(k => EnumNames<RegistrationKind>.TryParseList(k, out _))
            .WithMessage($"Use one or more of: {EnumNames<RegistrationKind>.List} (comma-separated).");
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Limit).InclusiveBetween(1, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(c => Cursor.TryDecode(c, ListAllRegistrationsQuery.Sort, out _))
            .WithMessage("The cursor is not one this list gave out.");
    }
}
