using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Auditing;
using Scc.Application.Organisations.DeleteOrganisation;
using Scc.Domain.Common;
using Scc.Domain.People;

namespace Scc.Application.Trash;

/// <summary>
/// What refuses a deletion because something still refers to the resource: the same checks when it is moved to the
/// trash and when it is purged (ADR 25), so that a reference never points at something hidden or gone. Referrers in the
/// trash count too: they may be restored. The database's restricting foreign keys stay behind these as a safety net.
/// </summary>
public static class TrashReferences
{
    public static Task<Error?> RefusalAsync(IAppDbContext db, string type, Guid id, CancellationToken cancellationToken) => type switch
    {
        AuditResourceTypes.Event => ForEventAsync(db, id, cancellationToken),
        AuditResourceTypes.Delegation => ForDelegationAsync(db, id, cancellationToken),
        AuditResourceTypes.Organisation => ForOrganisationAsync(db, id, cancellationToken),
        AuditResourceTypes.Person => ForPersonAsync(db, id, cancellationToken),
        AuditResourceTypes.Programme => ForProgrammeAsync(db, id, cancellationToken),
        // Nothing refers to an MoU, a partnership or a digest.
        _ => Task.FromResult<Error?>(null),
    };

    public static async Task<Error?> ForEventAsync(IAppDbContext db, Guid id, CancellationToken cancellationToken)
    {
        if (await db.Events.IgnoreQueryFilters().AnyAsync(e => e.ParentEventId == id, cancellationToken))
            return Error.Conflict("event_has_parts", "Other events are part of this one; remove them from it first.");
        // Delegations and MoUs refer to events from jsonb-backed lists, without a foreign key.
        if (await db.Delegations.IgnoreQueryFilters().AnyAsync(d => d.RelatedEventIds.Contains(id), cancellationToken) ||
            await db.Mous.IgnoreQueryFilters().AnyAsync(m => m.SignedAtEventId == id || m.FollowUpEventIds.Contains(id), cancellationToken))
            return Error.Conflict("event_in_use", "A delegation or an MoU refers to this event; remove that reference first.");
        if (await db.Partnerships.IgnoreQueryFilters().AnyAsync(p => p.EventId == id, cancellationToken))
            return Error.Conflict("event_in_use", "A partnership is scoped to this event; remove that reference first.");
        if (await db.ApiKeys.AnyAsync(k => k.EventId == id, cancellationToken))
            return Error.Conflict("event_in_use", "An API key is bound to this event; remove that reference first.");
        return null;
    }

    public static async Task<Error?> ForDelegationAsync(IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Mous.IgnoreQueryFilters().AnyAsync(m => m.DelegationId == id || m.FollowUpDelegationIds.Contains(id), cancellationToken)
            ? Error.Conflict("delegation_in_use", "An MoU refers to this delegation; remove that reference first.")
            : null;

    public static async Task<Error?> ForOrganisationAsync(IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await OrganisationUsage.DescribeAsync(db, id, cancellationToken) is { } usage ? Domain.Organisations.OrganisationErrors.InUse(usage) : null;

    public static async Task<Error?> ForPersonAsync(IAppDbContext db, Guid id, CancellationToken cancellationToken)
    {
        if (await db.Events.IgnoreQueryFilters().AnyAsync(e => e.PersonIds.Contains(id), cancellationToken)) return PersonErrors.InUse("an event (as a speaker)");
        if (await db.Delegations.IgnoreQueryFilters().AnyAsync(d => d.PersonIds.Contains(id), cancellationToken)) return PersonErrors.InUse("a delegation");
        // Signatories live inside each MoU's parties; MoUs are few, so they are checked in memory.
        var parties = await db.Mous.IgnoreQueryFilters().AsNoTracking().Select(m => m.Parties).ToListAsync(cancellationToken);
        return parties.Any(list => list.Any(p => p.Signatory?.PersonId == id)) ? PersonErrors.InUse("an MoU") : null;
    }

    public static async Task<Error?> ForProgrammeAsync(IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Events.IgnoreQueryFilters().AnyAsync(e => e.ProgrammeId == id, cancellationToken) ||
        await db.Partnerships.IgnoreQueryFilters().AnyAsync(p => p.ProgrammeId == id, cancellationToken)
            ? Error.Conflict("programme_in_use", "An event or a partnership refers to this programme; remove that reference first.")
            : null;

    /// <summary>Whether the event has registrations that still hold a place or a request (not cancelled or rejected).</summary>
    public static Task<bool> HasLiveRegistrationsAsync(IAppDbContext db, Guid eventId, CancellationToken cancellationToken) =>
        db.Registrations.AnyAsync(r => r.EventId == eventId && Domain.Registrations.Registration.LiveStatuses.Contains(r.Status), cancellationToken);
}
