using FluentValidation;
using Scc.Domain.Common;

namespace Scc.Application.Common.Validation;

public static class RuleExtensions
{
    /// <summary>An absolute http or https address of sensible length.</summary>
    public static IRuleBuilderOptions<T, Uri?> HttpUrl<T>(this IRuleBuilder<T, Uri?> rule) =>
        rule.Must(uri => uri is null || uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.OriginalString.Length <= 2000)
            .WithMessage("Must be an absolute http or https URL of at most 2000 characters.");

    /// <summary>Required bilingual text: present, with at least one language, each within <paramref name="maxLength"/>.</summary>
    public static IRuleBuilderOptions<T, LocalizedText?> RequiredText<T>(this IRuleBuilder<T, LocalizedText?> rule, int maxLength) =>
        rule.NotNull().WithMessage("Required.")
            .Must(t => t is null || !t.IsEmpty).WithMessage("Give the text in at least one language (en or zh-Hant).")
            .SetValidator(new LocalizedTextValidator(maxLength)!);

    /// <summary>Optional bilingual text, each language within <paramref name="maxLength"/>.</summary>
    public static IRuleBuilderOptions<T, LocalizedText?> OptionalText<T>(this IRuleBuilder<T, LocalizedText?> rule, int maxLength) =>
        rule.SetValidator(new LocalizedTextValidator(maxLength)!);
}
