using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Lookups;
using Scc.Domain.Common;
using Scc.Domain.Events;
using Scc.Application.Images;

namespace Scc.Application.Events.GetEvent;

public sealed class GetEventHandler(IAppDbContext db, IEventLinks eventLinks, TypeAdapterConfig mapping, PublicAddress address) : IQueryHandler<GetEventQuery, Result<EventResponse>>
{
    public async ValueTask<Result<EventResponse>> Handle(GetEventQuery query, CancellationToken cancellationToken)
    {
        var events = db.Events.AsNoTracking();
        events = query.Id is { } id ? events.Where(e => e.Id == id) : events.Where(e => e.Slug == query.Slug);
        if (!query.IncludeDrafts) events = events.Where(e => e.Status != EventStatus.Draft);
        var found = await events.ProjectToType<EventResponse>(mapping).FirstOrDefaultAsync(cancellationToken);
        if (found is null) return EventErrors.NotFound;
        var links = await eventLinks.LoadAsync([found.Id], cancellationToken);
        var directory = await DirectoryEntries.LoadAsync(db, found.PersonIds.Cast<Guid?>(), [], cancellationToken);
        return found.Describe(directory) with
        {
            Organisations = links.OrganisationsOf(found.Id), FundingProgrammes = links.FundingOf(found.Id),
            Poster = ImageResponse.Describe(found.StoredPoster, address), StoredPoster = null,
        };
    }
}
