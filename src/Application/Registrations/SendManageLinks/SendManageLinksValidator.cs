using FluentValidation;

namespace Scc.Application.Registrations.SendManageLinks;

public sealed class SendManageLinksValidator : AbstractValidator<SendManageLinksCommand>
{
    public SendManageLinksValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(254).EmailAddress();
        RuleFor(c => c.EventId).NotEqual(Guid.Empty);
    }
}
