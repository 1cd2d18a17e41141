using FluentValidation;
using Scc.Application.Common.Paging;
using Scc.Application.Common.Validation;
using Scc.Domain.Digests;

namespace Scc.Application.Digests.ListDigests;

public sealed class ListDigestsValidator : AbstractValidator<ListDigestsQuery>
{
    public ListDigestsValidator()
    {
        RuleFor(q => q.Status).Must(s => s is null || EnumNames<DigestStatus>.TryParse(s, out _))
            .WithMessage($"Use one of: {EnumNames<DigestStatus>.List}.");
        RuleFor(q => q.Limit).InclusiveBetween(1, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(c => Cursor.TryDecode(c, ListDigestsHandler.Sort, out _))
            .WithMessage("The cursor is not one this list gave out.");
    }
}
