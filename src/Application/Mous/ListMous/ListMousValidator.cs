using FluentValidation;
using Scc.Application.Common;
using Scc.Application.Common.Paging;
using Scc.Application.Common.Validation;
using Scc.Domain.Mous;

namespace Scc.Application.Mous.ListMous;

public sealed class ListMousValidator : AbstractValidator<ListMousQuery>
{
    public ListMousValidator()
    {
        RuleFor(q => q.Status).Must(s => s is null || EnumNames<MouStatus>.TryParse(s, out _))
            .WithMessage($"Use one of: {EnumNames<MouStatus>.List}.");
        RuleFor(q => q.SignedFrom).Must(f => HomeCalendar.TryParseDate(f, out _)).WithMessage("Use a date (yyyy-MM-dd).");
        RuleFor(q => q.SignedTo).Must(t => HomeCalendar.TryParseDate(t, out _)).WithMessage("Use a date (yyyy-MM-dd).");
        RuleFor(q => q.Sort).Must(s => s is null || MouListFilters.Sorts.Contains(s))
            .WithMessage($"Use one of: {string.Join(", ", MouListFilters.Sorts)}.");
        RuleFor(q => q.Limit).InclusiveBetween(1, PageLimits.Max);
        RuleFor(q => q.Cursor).Must((q, c) => Cursor.TryDecode(c, q.Sort ?? MouListFilters.SortBySignedDescending, out _))
            .WithMessage("The cursor is not one this list gave out with the same sort.");
    }
}
