using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Organisations.GetOrganisation;
using Scc.Domain.Common;
using Scc.Domain.Organisations;

namespace Scc.Application.Organisations.UpdateOrganisation;

public sealed class UpdateOrganisationHandler(IAppDbContext db, IMediator mediator)
    : ICommandHandler<UpdateOrganisationCommand, Result<OrganisationResponse>>
{
    public async ValueTask<Result<OrganisationResponse>> Handle(UpdateOrganisationCommand command, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == command.Id, cancellationToken);
        if (organisation is null) return OrganisationErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != organisation.Version) return Error.PreconditionFailed;
        var slug = command.Slug ?? organisation.Slug;
        if (await db.Organisations.AnyAsync(o => o.Slug == slug && o.Id != organisation.Id, cancellationToken))
            return OrganisationErrors.SlugTaken(slug);

        organisation.Update(slug, command.ToDetails());
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetOrganisationQuery(organisation.Id, null), cancellationToken);
    }
}
