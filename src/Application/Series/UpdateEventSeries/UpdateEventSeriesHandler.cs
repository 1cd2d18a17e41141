using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Series.GetEventSeries;
using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Application.Series.UpdateEventSeries;

public sealed class UpdateEventSeriesHandler(IAppDbContext db, IMediator mediator)
    : ICommandHandler<UpdateEventSeriesCommand, Result<EventSeriesResponse>>
{
    public async ValueTask<Result<EventSeriesResponse>> Handle(UpdateEventSeriesCommand command, CancellationToken cancellationToken)
    {
        var series = await db.EventSeries.FirstOrDefaultAsync(s => s.Id == command.Id, cancellationToken);
        if (series is null) return EventSeriesErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != series.Version) return Error.PreconditionFailed;

        var slug = command.Slug ?? series.Slug;
        if (await db.EventSeries.AnyAsync(s => s.Slug == slug && s.Id != series.Id, cancellationToken)) return EventSeriesErrors.SlugTaken(slug);
        series.Update(slug, command.Title, command.Description);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetEventSeriesQuery(series.Id), cancellationToken);
    }
}
