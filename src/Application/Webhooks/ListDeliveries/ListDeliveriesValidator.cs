using FluentValidation;
using Scc.Application.Common.Paging;
using Scc.Application.Common.Validation;
using Scc.Domain.Webhooks;

namespace Scc.Application.Webhooks.ListDeliveries;

public sealed class ListDeliveriesValidator : AbstractValidator<ListDeliveriesQuery>
{
    public ListDeliveriesValidator()
    {
        RuleFor(q => q.Status).Must(s => EnumNames<WebhookDeliveryStatus>.TryParseList(s, out _))
            .WithMessage($"Use one or more of: {EnumNames<WebhookDeliveryStatus>.List} (comma-separated).");
        RuleFor(q => q.Limit).InclusiveBetween(1, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(c => Cursor.TryDecode(c, ListDeliveriesQuery.Sort, out _)).WithMessage("The cursor is not one this list gave out.");
    }
}
