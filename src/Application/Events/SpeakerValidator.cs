using FluentValidation;
using Scc.Application.Common.Validation;
using Scc.Domain.Events;

namespace Scc.Application.Events;

/// <summary>A speaker of an event or of one of its sessions.</summary>
public sealed class SpeakerValidator : AbstractValidator<Speaker>
{
    public SpeakerValidator()
    {
        RuleFor(s => s.Name).RequiredText(200).When(s => s.PersonId is null);
        RuleFor(s => s.Name).OptionalText(200);
        RuleFor(s => s.PersonId).NotEqual(Guid.Empty);
        RuleFor(s => s.Role).IsInEnum();
        RuleFor(s => s.Honorific).MaximumLength(30);
        RuleFor(s => s.Title).OptionalText(300);
        RuleFor(s => s.Topic).OptionalText(500);
    }
}
