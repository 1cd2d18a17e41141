using Mediator;
using Scc.Application.Common.Paging;
using Scc.Domain.Common;

namespace Scc.Application.Translations.ListMissingTranslations;

/// <summary>
/// The public items whose bilingual texts lack a language, field by field, oldest first (by id); only one kind with
/// <c>type</c>, only the texts lacking one language with <c>lang</c>.
/// </summary>
public sealed record ListMissingTranslationsQuery(string? Type, string? Lang, string? Cursor, int? Limit) : IQuery<Result<Page<MissingTranslations>>>
{
    public const string Sort = "id";
}
