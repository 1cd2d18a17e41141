using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Internal;
using Scc.Domain.Common;
using Scc.Domain.Delegations;
using Scc.Domain.Digests;
using Scc.Domain.Events;
using Scc.Domain.Mous;
using Scc.Domain.Organisations;
using Scc.Domain.Partnerships;
using Scc.Domain.People;
using Scc.Domain.Programmes;

#pragma warning disable EF1001 // The query filter's annotation is internal API; CompiledModelTests catch a change.

namespace Scc.Infrastructure.Persistence.CompiledModel;

/// <summary>
/// Written by hand beside the generated files, which the generator leaves alone: the trash's query filter (ADR 25,
/// <c>TrashColumns</c>), which the generator refuses to write, added through each generated type's <c>Customize</c>.
/// </summary>
internal static class TrashQueryFilters
{
    public static void Add<T>(RuntimeEntityType entityType) where T : TrashableEntity =>
        entityType.AddAnnotation(CoreAnnotationNames.QueryFilter,
            new QueryFilterCollection([new QueryFilter((Expression<Func<T, bool>>)(e => e.DeletedAt == null))]));
}

public partial class EventEntityType { static partial void Customize(RuntimeEntityType runtimeEntityType) => TrashQueryFilters.Add<Event>(runtimeEntityType); }

public partial class DelegationEntityType { static partial void Customize(RuntimeEntityType runtimeEntityType) => TrashQueryFilters.Add<Delegation>(runtimeEntityType); }

public partial class MouEntityType { static partial void Customize(RuntimeEntityType runtimeEntityType) => TrashQueryFilters.Add<Mou>(runtimeEntityType); }

public partial class PartnershipEntityType { static partial void Customize(RuntimeEntityType runtimeEntityType) => TrashQueryFilters.Add<Partnership>(runtimeEntityType); }

public partial class OrganisationEntityType { static partial void Customize(RuntimeEntityType runtimeEntityType) => TrashQueryFilters.Add<Organisation>(runtimeEntityType); }

public partial class PersonEntityType { static partial void Customize(RuntimeEntityType runtimeEntityType) => TrashQueryFilters.Add<Person>(runtimeEntityType); }

public partial class ProgrammeEntityType { static partial void Customize(RuntimeEntityType runtimeEntityType) => TrashQueryFilters.Add<Programme>(runtimeEntityType); }

public partial class DigestEntityType { static partial void Customize(RuntimeEntityType runtimeEntityType) => TrashQueryFilters.Add<Digest>(runtimeEntityType); }
