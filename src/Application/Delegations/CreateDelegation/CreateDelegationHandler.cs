using Mediator;
using Scc.Application.Common;
using Scc.Application.Delegations.GetDelegation;
using Scc.Domain.Common;
using Scc.Domain.Delegations;

namespace Scc.Application.Delegations.CreateDelegation;

public sealed class CreateDelegationHandler(IAppDbContext db, IMediator mediator)
    : ICommandHandler<CreateDelegationCommand, Result<DelegationResponse>>
{
    public async ValueTask<Result<DelegationResponse>> Handle(CreateDelegationCommand command, CancellationToken cancellationToken)
    {
        var slug = command.Slug ?? await DelegationReferences.FreeSlugAsync(db, command.SlugOrFromTitle(), cancellationToken);
        if (await DelegationReferences.CheckAsync(db, command, slug, delegationId: null, cancellationToken) is { } error) return error;

        var created = Delegation.Create(Guid.CreateVersion7(), slug, command.ToContent());
        if (!created.IsSuccess) return created.Error!;
        db.Delegations.Add(created.Value);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetDelegationQuery(created.Value.Id, null, IncludeUnpublished: true), cancellationToken);
    }
}
