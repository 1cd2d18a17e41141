using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Delegations.GetDelegation;
using Scc.Domain.Common;
using Scc.Domain.Delegations;

namespace Scc.Application.Delegations.UpdateDelegation;

public sealed class UpdateDelegationHandler(IAppDbContext db, IMediator mediator)
    : ICommandHandler<UpdateDelegationCommand, Result<DelegationResponse>>
{
    public async ValueTask<Result<DelegationResponse>> Handle(UpdateDelegationCommand command, CancellationToken cancellationToken)
    {
        var delegation = await db.Delegations.FirstOrDefaultAsync(d => d.Id == command.Id, cancellationToken);
        if (delegation is null) return DelegationErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != delegation.Version) return Error.PreconditionFailed;

        var slug = command.Slug ?? delegation.Slug;
        if (await DelegationReferences.CheckAsync(db, command, slug, delegation.Id, cancellationToken) is { } error) return error;
        var updated = delegation.Update(slug, command.ToContent());
        if (!updated.IsSuccess) return updated.Error!;
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetDelegationQuery(delegation.Id, null, IncludeUnpublished: true), cancellationToken);
    }
}
