using FluentValidation;
using Scc.Application.Common.Paging;
using Scc.Application.Common.Validation;
using Scc.Domain.Events;
using Scc.Domain.Organisations;

namespace Scc.Application.Events.ListEvents;

public sealed class ListEventsValidator : AbstractValidator<ListEventsQuery>
{
    public ListEventsValidator()
    {
        RuleFor(q => q.Type).Must(t => EnumNames<EventType>.TryParseList(t, out _))
            .WithMessage($"Use one or more of: {EnumNames<EventType>.List} (comma-separated).");
        RuleFor(q => q.Status).Must(s => EnumNames<EventStatus>.TryParseList(s, out _))
            .WithMessage($"Use one or more of: {EnumNames<EventStatus>.List} (comma-separated).");
        RuleFor(q => q.When).Must(w => w is null || EventListFilters.Whens.Contains(w))
            .WithMessage($"Use one of: {string.Join(", ", EventListFilters.Whens)}.");
        RuleFor(q => q.From).Must(f => EventListFilters.TryParseInstant(f, out _))
            .WithMessage("Use a date (yyyy-MM-dd) or an instant with offset (2023-08-25T16:00:00+08:00).");
        RuleFor(q => q.To).Must(t => EventListFilters.TryParseInstant(t, out _))
            .WithMessage("Use a date (yyyy-MM-dd) or an instant with offset (2023-08-25T16:00:00+08:00).");
        RuleFor(q => q.Tag).MaximumLength(50);
        RuleFor(q => q.Role).Must(r => EnumNames<OrganisationRole>.TryParseList(r, out _))
            .WithMessage($"Use one or more of: {EnumNames<OrganisationRole>.List} (comma-separated).");
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Sort).Must(s => s is null || EventListFilters.Sorts.Contains(s))
            .WithMessage($"Use one of: {string.Join(", ", EventListFilters.Sorts)}.");
        RuleFor(q => q.Limit).InclusiveBetween(1, PageLimits.Max);
        RuleFor(q => q.Cursor).Must((q, c) => Cursor.TryDecode(c, q.Sort ?? EventListFilters.SortByStart, out _))
            .WithMessage("The cursor is not one this list gave out with the same sort.");
    }
}
