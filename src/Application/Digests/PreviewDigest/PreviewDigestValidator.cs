using FluentValidation;
using Scc.Application.Common;

namespace Scc.Application.Digests.PreviewDigest;

public sealed class PreviewDigestValidator : AbstractValidator<PreviewDigestQuery>
{
    public PreviewDigestValidator()
    {
        RuleFor(q => q.From).NotEmpty().WithMessage("Required (yyyy-MM-dd).").Must(BeADate).WithMessage("Use a date (yyyy-MM-dd).");
        RuleFor(q => q.To).NotEmpty().WithMessage("Required (yyyy-MM-dd).").Must(BeADate).WithMessage("Use a date (yyyy-MM-dd).");
        RuleFor(q => q.AsOf).NotEmpty().WithMessage("Required (yyyy-MM-dd).").Must(BeADate).WithMessage("Use a date (yyyy-MM-dd).");
    }

    private static bool BeADate(string? text) => HomeCalendar.TryParseDate(text, out var date) && date is { Year: >= 1990 and <= 2100 };
}
