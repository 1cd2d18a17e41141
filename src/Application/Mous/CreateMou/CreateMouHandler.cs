using Mediator;
using Scc.Application.Common;
using Scc.Application.Mous.GetMou;
using Scc.Domain.Common;
using Scc.Domain.Mous;

namespace Scc.Application.Mous.CreateMou;

public sealed class CreateMouHandler(IAppDbContext db, IMediator mediator) : ICommandHandler<CreateMouCommand, Result<MouResponse>>
{
    public async ValueTask<Result<MouResponse>> Handle(CreateMouCommand command, CancellationToken cancellationToken)
    {
        var slug = command.Slug ?? await MouReferences.FreeSlugAsync(db, command.SlugOrFromTitle(), cancellationToken);
        if (await MouReferences.CheckAsync(db, command, slug, mouId: null, cancellationToken) is { } error) return error;

        var created = Mou.Create(Guid.CreateVersion7(), slug, command.ToContent());
        if (!created.IsSuccess) return created.Error!;
        db.Mous.Add(created.Value);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetMouQuery(created.Value.Id, null, IncludeDrafts: true), cancellationToken);
    }
}
