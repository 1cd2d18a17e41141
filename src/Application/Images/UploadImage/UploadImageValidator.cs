using FluentValidation;
using Scc.Application.Common.Validation;

namespace Scc.Application.Images.UploadImage;

public sealed class UploadImageValidator : AbstractValidator<UploadImageCommand>
{
    public UploadImageValidator()
    {
        RuleFor(c => c.Content).NotEmpty().OverridePropertyName("file").WithMessage("Send the image as the form field 'file'; it was missing or empty.");
        RuleFor(c => c.Alt).OptionalText(ImageLimits.MaxAltLength).OverridePropertyName("alt");
    }
}
