using FluentValidation;
using Scc.Application.Common.Paging;
using Scc.Application.Common.Validation;

namespace Scc.Application.Search.SearchAll;

public sealed class SearchValidator : AbstractValidator<SearchQuery>
{
    /// <summary>The longest query, in UTF-16 code units.</summary>
    public const int MaxLength = 200;

    public SearchValidator()
    {
        RuleFor(q => q.Q).NotEmpty().WithMessage("Give words to search for.").MaximumLength(MaxLength)
            // PostgreSQL's text cannot hold a NUL, and no title holds a control character.
            .Must(q => q is null || !q.Any(char.IsControl)).WithMessage("Give words without control characters.");
        RuleFor(q => q.Type).Must(t => EnumNames<SearchHitKind>.TryParseList(t, out _))
            .WithMessage($"Use one or more of: {EnumNames<SearchHitKind>.List} (comma-separated).");
        RuleFor(q => q.Limit).InclusiveBetween(1, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(c => SearchHandler.TryDecodeOffset(c, out _)).WithMessage("The cursor is not one this search gave out.");
    }
}
