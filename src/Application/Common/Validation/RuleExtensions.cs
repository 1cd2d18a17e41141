using System.Text.RegularExpressions;
using FluentValidation;
using Scc.Domain.Common;

namespace Scc.Application.Common.Validation;

public static partial class RuleExtensions
{
    /// <summary>
    /// A person's name as anyone may submit it: the confirmation e-mail greets them by it, so it must not carry a link or
    /// markup that would make the consortium's own e-mail an advertisement or a phishing lure. Besides what
    /// <see cref="PlainName{T}"/> refuses, a domain name (<c>prize-example.net</c>, <c>J.Smith</c>): no one's name has a
    /// dot between two words without a space.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> PersonName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(name => name is null || !Markup().IsMatch(name) && !WebAddress().IsMatch(name) && !DomainName().IsMatch(name))
            .WithMessage("A name, without a web address, a domain name or markup (< >); put a space after a dot in initials.");

    /// <summary>
    /// An organisation's name as anyone may submit it: no markup and no web address (a scheme, <c>www.</c> or a host
    /// with a path). A bare domain stays allowed, since companies are named so (<c>Booking.com Ltd</c>).
    /// </summary>
    public static IRuleBuilderOptions<T, string?> PlainName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(name => name is null || !Markup().IsMatch(name) && !WebAddress().IsMatch(name))
            .WithMessage("A name, without a web address or markup (< >).");

    [GeneratedRegex("[<>]")]
    private static partial Regex Markup();

    /// <summary>A scheme (<c>https://</c>, <c>javascript://</c>), <c>www.</c>, or a host followed by a path.</summary>
    [GeneratedRegex(@"[a-z][a-z0-9+.\-]*://|\bwww\.|[\p{L}\p{N}\-]+\.[a-z]{2,}/", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WebAddress();

    /// <summary>Two labels joined by a dot, the last one a Latin top-level domain of two letters or more.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}\-]+\.[a-z]{2,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DomainName();

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
