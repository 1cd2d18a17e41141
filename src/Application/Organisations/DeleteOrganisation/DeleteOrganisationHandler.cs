using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Organisations;

namespace Scc.Application.Organisations.DeleteOrganisation;

public sealed class DeleteOrganisationHandler(IAppDbContext db) : ICommandHandler<DeleteOrganisationCommand, Result>
{
    public async ValueTask<Result> Handle(DeleteOrganisationCommand command, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == command.Id, cancellationToken);
        if (organisation is null) return OrganisationErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != organisation.Version) return Error.PreconditionFailed;

        var usage = await OrganisationUsage.DescribeAsync(db, organisation.Id, cancellationToken);
        if (usage is not null) return OrganisationErrors.InUse(usage);
        db.Organisations.Remove(organisation);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
