using FluentValidation;
using Scc.Domain.Webhooks;

namespace Scc.Application.Webhooks;

/// <summary>The shape of a subscription's fields; where the URL may point is the <see cref="WebhookUrlGuard"/>'s business.</summary>
internal static class WebhookBodyRules
{
    public static void Url<T>(IRuleBuilder<T, Uri?> rule) =>
        rule.NotNull().WithMessage("Required.")
            .Must(u => u is null || u.IsAbsoluteUri && u.OriginalString.Length <= 2000)
            .WithMessage("Must be an absolute https URL of at most 2000 characters.");

    public static void EventTypes<T>(IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.NotEmpty().WithMessage("Name at least one event type.")
            .Must(types => types is null || types.All(WebhookEventTypes.IsKnown))
            .WithMessage($"Use one or more of: {string.Join(", ", WebhookEventTypes.All)}.");

    public static void Description<T>(IRuleBuilder<T, string?> rule) => rule.MaximumLength(500);
}
