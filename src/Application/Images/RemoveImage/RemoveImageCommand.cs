using Mediator;
using Scc.Application.Common;
using Scc.Domain.Common;

namespace Scc.Application.Images.RemoveImage;

/// <summary>Removes the image of a piece of content, and its renditions with it.</summary>
public sealed record RemoveImageCommand(ImageSlot Slot, Guid OwnerId) : ICommand<Result>, ITransactionalCommand;
