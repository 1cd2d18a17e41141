using FluentValidation;
using Scc.Application.Events.ListEvents;
using Scc.Domain.Common;

namespace Scc.Application.Feeds.ListFeedEvents;

/// <summary>The feed's filters are the events list's: its validator checks them, under the same parameter names.</summary>
public sealed class ListFeedEventsValidator : AbstractValidator<ListFeedEventsQuery>
{
    private static readonly ListEventsValidator Filters = new();

    public ListFeedEventsValidator()
    {
        RuleFor(q => q.Language).Must(l => LocalizedText.Languages.Contains(l))
            .OverridePropertyName("lang")
            .WithMessage($"Use one of: {string.Join(", ", LocalizedText.Languages)}.");
        RuleFor(q => q).Custom((query, context) =>
        {
            foreach (var failure in Filters.Validate(query.ToListQuery()).Errors) context.AddFailure(failure);
        });
    }
}
