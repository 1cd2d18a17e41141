using FluentValidation;
using Scc.Application.Common.Paging;

namespace Scc.Application.Webhooks.ListWebhooks;

public sealed class ListWebhooksValidator : AbstractValidator<ListWebhooksQuery>
{
    public ListWebhooksValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(c => Cursor.TryDecode(c, ListWebhooksQuery.Sort, out _)).WithMessage("The cursor is not one this list gave out.");
    }
}
