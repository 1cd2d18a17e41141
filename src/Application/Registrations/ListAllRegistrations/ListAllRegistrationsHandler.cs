using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Paging;
using Scc.Application.Common.Validation;
using Scc.Domain.Common;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.ListAllRegistrations;

public sealed class ListAllRegistrationsHandler(IAppDbContext db) : IQueryHandler<ListAllRegistrationsQuery, Result<Page<RegistrationResponse>>>
{
    public async ValueTask<Result<Page<RegistrationResponse>>> Handle(ListAllRegistrationsQuery query, CancellationToken cancellationToken)
    {
        var registrations = db.Registrations.AsNoTracking();
        if (query.RestrictToEventId is { } only) registrations = registrations.Where(r => r.EventId == only);
        if (query.EventId is { } eventId) registrations = registrations.Where(r => r.EventId == eventId);
        if (EnumNames<RegistrationStatus>.TryParseList(query.Status, out var statuses) && statuses.Count > 0)
            registrations = registrations.Where(r => statuses.Contains(r.Status));
        if (EnumNames<RegistrationKind>.TryParseList(query.Kind, out var kinds) && kinds.Count > 0)
            registrations = registrations.Where(r => kinds.Contains(r.Kind));
        if (query.UpdatedSince is { } since) registrations = registrations.Where(r => r.UpdatedAt >= since);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = LikePatterns.Containing(query.Q);
            // ToLower() here is SQL lower(), which has no culture to worry about; EF Core does not translate ToLowerInvariant().
#pragma warning disable CA1304, CA1311
            registrations = registrations.Where(r =>
                EF.Functions.Like(r.Registrant.Name.ToLower(), pattern, LikePatterns.Escape) ||
                EF.Functions.Like(r.EmailKey, pattern, LikePatterns.Escape) ||
                EF.Functions.Like(r.Registrant.Company!.ToLower(), pattern, LikePatterns.Escape) ||
                r.ExternalReference == query.Q);
#pragma warning restore CA1304, CA1311
        }
        // Ids are version 7 UUIDs: their order is the order of arrival.
        Cursor.TryDecode(query.Cursor, ListAllRegistrationsQuery.Sort, out var cursor);
        return await Keyset.PageAsync(
            registrations.OrderByIdAfter(r => r.Id, cursor?.Id).Select(RegistrationResponse.Projection), query.Limit,
            r => new Cursor(ListAllRegistrationsQuery.Sort, null, r.Id).Encode(), cancellationToken);
    }
}
