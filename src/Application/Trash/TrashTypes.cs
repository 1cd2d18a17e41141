using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Auditing;
using Scc.Domain.Common;

namespace Scc.Application.Trash;

/// <summary>The kinds of content that go to the trash (ADR 25), named as the audit log names them.</summary>
public static class TrashTypes
{
    public static readonly IReadOnlyList<string> All =
    [
        AuditResourceTypes.Event, AuditResourceTypes.Delegation, AuditResourceTypes.Mou, AuditResourceTypes.Partnership,
        AuditResourceTypes.Organisation, AuditResourceTypes.Person, AuditResourceTypes.Programme, AuditResourceTypes.Digest,
    ];

    /// <summary>The trashed rows of one kind, past the query filter that hides them everywhere else.</summary>
    public static IQueryable<TrashableEntity> Trashed(IAppDbContext db, string type) => Rows(db, type).Where(e => e.DeletedAt != null);

    /// <summary>Marks a trashed resource for removal for good (the purge).</summary>
    public static void Remove(IAppDbContext db, TrashableEntity item)
    {
        switch (item)
        {
            case Domain.Events.Event e: db.Events.Remove(e); break;
            case Domain.Delegations.Delegation d: db.Delegations.Remove(d); break;
            case Domain.Mous.Mou m: db.Mous.Remove(m); break;
            case Domain.Partnerships.Partnership p: db.Partnerships.Remove(p); break;
            case Domain.Organisations.Organisation o: db.Organisations.Remove(o); break;
            case Domain.People.Person p: db.People.Remove(p); break;
            case Domain.Programmes.Programme p: db.Programmes.Remove(p); break;
            case Domain.Digests.Digest d: db.Digests.Remove(d); break;
            default: throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "Not a kind of content the trash holds.");
        }
    }

    private static IQueryable<TrashableEntity> Rows(IAppDbContext db, string type) => type switch
    {
        AuditResourceTypes.Event => db.Events.IgnoreQueryFilters(),
        AuditResourceTypes.Delegation => db.Delegations.IgnoreQueryFilters(),
        AuditResourceTypes.Mou => db.Mous.IgnoreQueryFilters(),
        AuditResourceTypes.Partnership => db.Partnerships.IgnoreQueryFilters(),
        AuditResourceTypes.Organisation => db.Organisations.IgnoreQueryFilters(),
        AuditResourceTypes.Person => db.People.IgnoreQueryFilters(),
        AuditResourceTypes.Programme => db.Programmes.IgnoreQueryFilters(),
        AuditResourceTypes.Digest => db.Digests.IgnoreQueryFilters(),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a kind of content the trash holds."),
    };
}
