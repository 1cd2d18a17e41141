using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.FundingProgrammes.GetFundingProgramme;
using Scc.Domain.Common;
using Scc.Domain.Programmes;

namespace Scc.Application.FundingProgrammes.UpdateFundingProgramme;

public sealed class UpdateFundingProgrammeHandler(IAppDbContext db, IMediator mediator)
    : ICommandHandler<UpdateFundingProgrammeCommand, Result<FundingProgrammeResponse>>
{
    public async ValueTask<Result<FundingProgrammeResponse>> Handle(UpdateFundingProgrammeCommand command, CancellationToken cancellationToken)
    {
        var programme = await db.FundingProgrammes.FirstOrDefaultAsync(f => f.Id == command.Id, cancellationToken);
        if (programme is null) return FundingProgrammeErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != programme.Version) return Error.PreconditionFailed;

        var slug = command.Slug ?? programme.Slug;
        if (await FundingProgrammeReferences.CheckAsync(db, command, slug, programme.Id, cancellationToken) is { } error) return error;
        programme.Update(slug, command.Acronym, command.Name, command.FunderOrganisationId, command.Disclaimer);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetFundingProgrammeQuery(programme.Id), cancellationToken);
    }
}
