using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Trash.RestoreFromTrash;

/// <summary>Takes a deleted resource back out of the trash, exactly as it was: same id, status and content.</summary>
public sealed record RestoreFromTrashCommand(string Type, Guid Id) : ICommand<Result>;
