using Mediator;
using Scc.Application.Common;
using Scc.Application.FundingProgrammes.GetFundingProgramme;
using Scc.Domain.Common;
using Scc.Domain.Programmes;

namespace Scc.Application.FundingProgrammes.CreateFundingProgramme;

public sealed class CreateFundingProgrammeHandler(IAppDbContext db, IMediator mediator)
    : ICommandHandler<CreateFundingProgrammeCommand, Result<FundingProgrammeResponse>>
{
    public async ValueTask<Result<FundingProgrammeResponse>> Handle(CreateFundingProgrammeCommand command, CancellationToken cancellationToken)
    {
        var slug = command.Slug ?? await SlugAllocation.FreeAsync(db.FundingProgrammes.Select(f => f.Slug), command.SlugFromName(), cancellationToken);
        if (await FundingProgrammeReferences.CheckAsync(db, command, slug, programmeId: null, cancellationToken) is { } error) return error;

        var programme = FundingProgramme.Create(Guid.CreateVersion7(), slug, command.Acronym, command.Name, command.FunderOrganisationId, command.Disclaimer);
        db.FundingProgrammes.Add(programme);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetFundingProgrammeQuery(programme.Id), cancellationToken);
    }
}
