using FluentValidation;
using Scc.Application.Common.Auditing;
using Scc.Application.Common.Paging;

namespace Scc.Application.Audit.ListAuditEntries;

public sealed class ListAuditEntriesValidator : AbstractValidator<ListAuditEntriesQuery>
{
    public ListAuditEntriesValidator()
    {
        RuleFor(q => q.ActorKind).Must(k => k is null || AuditActor.Kinds.Contains(k))
            .WithMessage($"Use one of: {string.Join(", ", AuditActor.Kinds)}.");
        RuleFor(q => q.ActorId).MaximumLength(200);
        RuleFor(q => q.ResourceType).Must(t => t is null || AuditResourceTypes.All.Contains(t))
            .WithMessage($"Use one of: {string.Join(", ", AuditResourceTypes.All)}.");
        RuleFor(q => q.Action).Must(a => a is null || AuditActions.All.Contains(a))
            .WithMessage($"Use one of: {string.Join(", ", AuditActions.All)}.");
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'to' must not be before 'from'.");
        RuleFor(q => q.Limit).InclusiveBetween(1, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(c => Cursor.TryDecode(c, ListAuditEntriesQuery.Sort, out _)).WithMessage("The cursor is not one this list gave out.");
    }
}
