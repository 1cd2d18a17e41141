using FluentValidation;
using Scc.Application.Common.Paging;

namespace Scc.Application.Trash.ListTrash;

public sealed class ListTrashValidator : AbstractValidator<ListTrashQuery>
{
    public ListTrashValidator()
    {
        RuleFor(q => q.Type).Must(t => t is null || TrashTypes.All.Contains(t))
            .WithMessage($"Use one of: {string.Join(", ", TrashTypes.All)}.");
        RuleFor(q => q.Limit).InclusiveBetween(1, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(c => Cursor.TryDecode(c, ListTrashQuery.Sort, out _)).WithMessage("The cursor is not one this list gave out.");
    }
}
