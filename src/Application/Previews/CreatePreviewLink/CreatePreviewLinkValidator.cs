using FluentValidation;

namespace Scc.Application.Previews.CreatePreviewLink;

public sealed class CreatePreviewLinkValidator : AbstractValidator<CreatePreviewLinkCommand>
{
    public CreatePreviewLinkValidator()
    {
        RuleFor(c => c.Type).Must(t => PreviewTypes.TryParse(t, out _)).WithMessage($"Use one of: {PreviewTypes.Description}.");
        RuleFor(c => c.ItemId).NotEqual(Guid.Empty);
    }
}
