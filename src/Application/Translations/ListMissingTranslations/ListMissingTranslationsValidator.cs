using FluentValidation;
using Scc.Application.Common.Paging;
using Scc.Domain.Common;

namespace Scc.Application.Translations.ListMissingTranslations;

public sealed class ListMissingTranslationsValidator : AbstractValidator<ListMissingTranslationsQuery>
{
    public ListMissingTranslationsValidator()
    {
        RuleFor(q => q.Type).Must(t => t is null || ListMissingTranslationsHandler.Types.Contains(t))
            .WithMessage($"Use one of: {string.Join(", ", ListMissingTranslationsHandler.Types)}.");
        RuleFor(q => q.Lang).Must(l => l is null || LocalizedText.Languages.Contains(l)).WithMessage("en or zh-Hant.");
        RuleFor(q => q.Limit).InclusiveBetween(1, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(c => Cursor.TryDecode(c, ListMissingTranslationsQuery.Sort, out _)).WithMessage("The cursor is not one this list gave out.");
    }
}
