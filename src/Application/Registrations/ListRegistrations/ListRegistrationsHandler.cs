using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Paging;
using Scc.Application.Common.Validation;
using Scc.Domain.Common;
using Scc.Domain.Events;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.ListRegistrations;

public sealed class ListRegistrationsHandler(IAppDbContext db) : IQueryHandler<ListRegistrationsQuery, Result<Page<RegistrationResponse>>>
{
    public async ValueTask<Result<Page<RegistrationResponse>>> Handle(ListRegistrationsQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Events.AnyAsync(e => e.Id == query.EventId, cancellationToken)) return EventErrors.NotFound;
        var registrations = db.Registrations.AsNoTracking().Where(r => r.EventId == query.EventId);
        if (EnumNames<RegistrationStatus>.TryParseList(query.Status, out var statuses) && statuses.Count > 0)
            registrations = registrations.Where(r => statuses.Contains(r.Status));
        if (EnumNames<RegistrationKind>.TryParseList(query.Kind, out var kinds) && kinds.Count > 0)
            registrations = registrations.Where(r => kinds.Contains(r.Kind));
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = LikePatterns.Containing(query.Q);
            // ToLower() here is SQL lower(), which has no culture to worry about; EF Core does not translate ToLowerInvariant().
#pragma warning disable CA1304, CA1311
            registrations = registrations.Where(r =>
                EF.Functions.Like(r.Registrant.Name.ToLower(), pattern, LikePatterns.Escape) ||
                EF.Functions.Like(r.EmailKey, pattern, LikePatterns.Escape) ||
                EF.Functions.Like(r.Registrant.Company!.ToLower(), pattern, LikePatterns.Escape));
#pragma warning restore CA1304, CA1311
        }
        // Ids are version 7 UUIDs: their order is the order of arrival.
        Cursor.TryDecode(query.Cursor, ListRegistrationsQuery.Sort, out var cursor);
        return await Keyset.PageAsync(
            registrations.OrderByIdAfter(r => r.Id, cursor?.Id).Select(RegistrationResponse.Projection), query.Limit,
            r => new Cursor(ListRegistrationsQuery.Sort, null, r.Id).Encode(), cancellationToken);
    }
}
