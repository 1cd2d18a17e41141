using FluentValidation;
using Scc.Application.Common.Paging;

namespace Scc.Application.Previews.ListPreviewLinks;

public sealed class ListPreviewLinksValidator : AbstractValidator<ListPreviewLinksQuery>
{
    public ListPreviewLinksValidator()
    {
        RuleFor(q => q.Type).Must(t => t is null || PreviewTypes.TryParse(t, out _)).WithMessage($"Use one of: {PreviewTypes.Description}.");
        RuleFor(q => q.Limit).InclusiveBetween(1, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(c => Cursor.TryDecode(c, ListPreviewLinksQuery.Sort, out _)).WithMessage("The cursor is not one this list gave out.");
    }
}
