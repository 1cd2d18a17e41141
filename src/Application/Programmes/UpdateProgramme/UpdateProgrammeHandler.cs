using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Programmes.GetProgramme;
using Scc.Domain.Common;
using Scc.Domain.Programmes;

namespace Scc.Application.Programmes.UpdateProgramme;

public sealed class UpdateProgrammeHandler(IAppDbContext db, IMediator mediator)
    : ICommandHandler<UpdateProgrammeCommand, Result<ProgrammeResponse>>
{
    public async ValueTask<Result<ProgrammeResponse>> Handle(UpdateProgrammeCommand command, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.FirstOrDefaultAsync(p => p.Id == command.Id, cancellationToken);
        if (programme is null) return ProgrammeErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != programme.Version) return Error.PreconditionFailed;

        var slug = command.Slug ?? programme.Slug;
        if (await ProgrammeReferences.CheckAsync(db, command, slug, programme.Id, cancellationToken) is { } error) return error;
        var updated = programme.Update(slug, command.Name, command.Description, command.WebsiteUrl, command.Organisations ?? []);
        if (!updated.IsSuccess) return updated.Error!;
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetProgrammeQuery(programme.Id), cancellationToken);
    }
}
