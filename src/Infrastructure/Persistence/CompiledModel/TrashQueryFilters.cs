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
    /// <summary>The runtime form of a filter, as EF Core makes it when it turns a configured model into a runtime one; not public.</summary>
    private static readonly Type RuntimeQueryFilter =
        typeof(QueryFilter).Assembly.GetType("Microsoft.EntityFrameworkCore.Metadata.Internal.RuntimeQueryFilter", throwOnError: true)!;

    public static void Add<T>(RuntimeEntityType entityType) where T : TrashableEntity
    {
        // An anonymous filter (no key), as HasQueryFilter(lambda) makes; it refers to no query root, so there is nothing to rewrite.
        LambdaExpression filter = (Expression<Func<T, bool>>)(e => e.DeletedAt == null);
        var runtime = (IQueryFilter)Activator.CreateInstance(RuntimeQueryFilter, null, filter)!;
        entityType.AddAnnotation(CoreAnnotationNames.QueryFilter, new QueryFilterCollection([runtime]));
    }
}

public partial class EventEntityType { static partial void Customize(RuntimeEntityType runtimeEntityType) => TrashQueryFilters.Add<Event>(runtimeEntityType); }

public partial class DelegationEntityType { static partial void Customize(RuntimeEntityType runtimeEntityType) => TrashQueryFilters.Add<Delegation>(runtimeEntityType); }

public partial class MouEntityType { static partial void Customize(RuntimeEntityType runtimeEntityType) => TrashQueryFilters.Add<Mou>(runtimeEntityType); }

public partial class PartnershipEntityType { static partial void Customize(RuntimeEntityType runtimeEntityType) => TrashQueryFilters.Add<Partnership>(runtimeEntityType); }

public partial class OrganisationEntityType { static partial void Customize(RuntimeEntityType runtimeEntityType) => TrashQueryFilters.Add<Organisation>(runtimeEntityType); }

public partial class PersonEntityType { static partial void Customize(RuntimeEntityType runtimeEntityType) => TrashQueryFilters.Add<Person>(runtimeEntityType); }

public partial class ProgrammeEntityType { static partial void Customize(RuntimeEntityType runtimeEntityType) => TrashQueryFilters.Add<Programme>(runtimeEntityType); }

public partial class DigestEntityType { static partial void Customize(RuntimeEntityType runtimeEntityType) => TrashQueryFilters.Add<Digest>(runtimeEntityType); }
