using FluentValidation;

namespace Scc.Application.Trash.RestoreFromTrash;

public sealed class RestoreFromTrashValidator : AbstractValidator<RestoreFromTrashCommand>
{
    public RestoreFromTrashValidator() =>
        RuleFor(c => c.Type).Must(t => TrashTypes.All.Contains(t)).WithMessage($"Use one of: {string.Join(", ", TrashTypes.All)}.");
}
