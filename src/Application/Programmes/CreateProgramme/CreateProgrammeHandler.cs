using Mediator;
using Scc.Application.Common;
using Scc.Application.Programmes.GetProgramme;
using Scc.Domain.Common;
using Scc.Domain.Programmes;

namespace Scc.Application.Programmes.CreateProgramme;

public sealed class CreateProgrammeHandler(IAppDbContext db, IMediator mediator)
    : ICommandHandler<CreateProgrammeCommand, Result<ProgrammeResponse>>
{
    public async ValueTask<Result<ProgrammeResponse>> Handle(CreateProgrammeCommand command, CancellationToken cancellationToken)
    {
        var slug = command.Slug ?? await SlugAllocation.FreeAsync(db.Programmes.Select(p => p.Slug), command.SlugFromName(), cancellationToken);
        if (await ProgrammeReferences.CheckAsync(db, command, slug, programmeId: null, cancellationToken) is { } error) return error;

        var created = Programme.Create(Guid.CreateVersion7(), slug, command.Name, command.Description, command.WebsiteUrl, command.Organisations ?? []);
        if (!created.IsSuccess) return created.Error!;
        db.Programmes.Add(created.Value);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetProgrammeQuery(created.Value.Id), cancellationToken);
    }
}
