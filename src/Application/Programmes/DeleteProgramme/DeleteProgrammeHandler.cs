using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Programmes;

namespace Scc.Application.Programmes.DeleteProgramme;

public sealed class DeleteProgrammeHandler(IAppDbContext db) : ICommandHandler<DeleteProgrammeCommand, Result>
{
    public async ValueTask<Result> Handle(DeleteProgrammeCommand command, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.FirstOrDefaultAsync(p => p.Id == command.Id, cancellationToken);
        if (programme is null) return ProgrammeErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != programme.Version) return Error.PreconditionFailed;
        db.Programmes.Remove(programme);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
