using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Series.GetEventSeries;
using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Application.Series.CreateEventSeries;

public sealed class CreateEventSeriesHandler(IAppDbContext db, IMediator mediator)
    : ICommandHandler<CreateEventSeriesCommand, Result<EventSeriesResponse>>
{
    public async ValueTask<Result<EventSeriesResponse>> Handle(CreateEventSeriesCommand command, CancellationToken cancellationToken)
    {
        var slug = command.Slug ?? Slug.From(command.Title.En);
        if (slug.Length == 0) return Error.Invalid("slug", "Give a slug: the title has no Latin letters to make one from.");
        if (await db.EventSeries.AnyAsync(s => s.Slug == slug, cancellationToken))
            return EventSeriesErrors.SlugTaken(slug);

        var series = EventSeries.Create(Guid.CreateVersion7(), slug, command.Title, command.Description);
        db.EventSeries.Add(series);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetEventSeriesQuery(series.Id), cancellationToken);
    }
}
