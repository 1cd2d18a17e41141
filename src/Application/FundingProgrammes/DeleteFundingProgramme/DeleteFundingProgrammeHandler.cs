using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Programmes;

namespace Scc.Application.FundingProgrammes.DeleteFundingProgramme;

/// <summary>
/// Whatever refers to a funding programme (events that carry its disclaimer) does so with a restricting
/// foreign key, so a programme in use is never deleted: the database refuses, and the API's exception handler
/// answers 409 <c>funding_programme_in_use</c>. No query here has to know every table that may refer to it.
/// </summary>
public sealed class DeleteFundingProgrammeHandler(IAppDbContext db) : ICommandHandler<DeleteFundingProgrammeCommand, Result>
{
    public async ValueTask<Result> Handle(DeleteFundingProgrammeCommand command, CancellationToken cancellationToken)
    {
        var programme = await db.FundingProgrammes.FirstOrDefaultAsync(f => f.Id == command.Id, cancellationToken);
        if (programme is null) return FundingProgrammeErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != programme.Version) return Error.PreconditionFailed;
        db.FundingProgrammes.Remove(programme);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
