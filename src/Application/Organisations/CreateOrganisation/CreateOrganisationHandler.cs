using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Organisations.GetOrganisation;
using Scc.Domain.Common;
using Scc.Domain.Organisations;

namespace Scc.Application.Organisations.CreateOrganisation;

public sealed class CreateOrganisationHandler(IAppDbContext db, IMediator mediator)
    : ICommandHandler<CreateOrganisationCommand, Result<OrganisationResponse>>
{
    public async ValueTask<Result<OrganisationResponse>> Handle(CreateOrganisationCommand command, CancellationToken cancellationToken)
    {
        var slug = command.Slug ?? await SlugAllocation.FreeAsync(db.Organisations.Select(o => o.Slug), command.SlugOrDefault(), cancellationToken);
        if (await db.Organisations.AnyAsync(o => o.Slug == slug, cancellationToken)) return OrganisationErrors.SlugTaken(slug);

        var organisation = Organisation.Create(Guid.CreateVersion7(), slug, command.ToDetails());
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetOrganisationQuery(organisation.Id, null), cancellationToken);
    }
}
