using FluentValidation;
using Scc.Domain.Common;

namespace Scc.Application.Feeds.GetFeedEvent;

public sealed class GetFeedEventValidator : AbstractValidator<GetFeedEventQuery>
{
    public GetFeedEventValidator() =>
        RuleFor(q => q.Language).Must(l => LocalizedText.Languages.Contains(l))
            .OverridePropertyName("lang")
            .WithMessage($"Use one of: {string.Join(", ", LocalizedText.Languages)}.");
}
