using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Trash.PurgeTrash;

/// <summary>Removes for good what has been in the trash longer than <c>Trash:PurgeAfter</c>.</summary>
public sealed record PurgeTrashCommand : ICommand<Result<PurgeTrashOutcome>>;

/// <summary>What a purge removed, and what it kept because something still refers to it.</summary>
public sealed record PurgeTrashOutcome(int Purged, IReadOnlyList<KeptInTrash> Kept);

/// <summary>A resource due for purging that stays in the trash, and why (a problem code and its words; no personal data).</summary>
public sealed record KeptInTrash(string Type, Guid Id, string Reason);
