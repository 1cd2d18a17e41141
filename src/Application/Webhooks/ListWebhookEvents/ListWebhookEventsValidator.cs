using FluentValidation;
using Scc.Application.Common.Paging;
using Scc.Domain.Webhooks;

namespace Scc.Application.Webhooks.ListWebhookEvents;

public sealed class ListWebhookEventsValidator : AbstractValidator<ListWebhookEventsQuery>
{
    public ListWebhookEventsValidator()
    {
        RuleFor(q => q.Type).Must(t => t is null || ListWebhookEventsHandler.Types(t).All(WebhookEventTypes.IsKnown))
            .WithMessage($"Use one or more of: {string.Join(", ", WebhookEventTypes.All)} (comma-separated).");
        RuleFor(q => q.Limit).InclusiveBetween(1, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(c => Cursor.TryDecode(c, ListWebhookEventsQuery.Sort, out _)).WithMessage("The cursor is not one this list gave out.");
    }
}
