using Mediator;
using Scc.Application.Common;
using Scc.Application.Partnerships.GetPartnership;
using Scc.Domain.Common;
using Scc.Domain.Partnerships;

namespace Scc.Application.Partnerships.CreatePartnership;

public sealed class CreatePartnershipHandler(IAppDbContext db, IMediator mediator)
    : ICommandHandler<CreatePartnershipCommand, Result<PartnershipResponse>>
{
    public async ValueTask<Result<PartnershipResponse>> Handle(CreatePartnershipCommand command, CancellationToken cancellationToken)
    {
        var slug = command.Slug ?? await PartnershipReferences.DefaultSlugAsync(db, command, cancellationToken);
        if (await PartnershipReferences.CheckAsync(db, command, slug, null, cancellationToken) is { } error) return error;
        var created = Partnership.Create(Guid.CreateVersion7(), slug, command.ToDetails());
        if (!created.IsSuccess) return created.Error!;
        db.Partnerships.Add(created.Value);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetPartnershipQuery(created.Value.Id, IncludeContact: true), cancellationToken);
    }
}
