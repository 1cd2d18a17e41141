using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Application.Series.DeleteEventSeries;

public sealed class DeleteEventSeriesHandler(IAppDbContext db) : ICommandHandler<DeleteEventSeriesCommand, Result>
{
    public async ValueTask<Result> Handle(DeleteEventSeriesCommand command, CancellationToken cancellationToken)
    {
        var series = await db.EventSeries.FirstOrDefaultAsync(s => s.Id == command.Id, cancellationToken);
        if (series is null) return EventSeriesErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != series.Version) return Error.PreconditionFailed;
        db.EventSeries.Remove(series);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
