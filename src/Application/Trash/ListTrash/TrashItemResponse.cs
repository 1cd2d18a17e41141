using Scc.Domain.Common;

namespace Scc.Application.Trash.ListTrash;

/// <summary>A deleted resource in the trash, restorable until <paramref name="PurgeAt"/>.</summary>
/// <param name="Type">event, delegation, mou, partnership, organisation, person, programme or digest.</param>
/// <param name="Id">The resource's id, which it keeps when restored.</param>
/// <param name="Title">Its title or name (a partnership's: its partner organisation's name).</param>
/// <param name="DeletedAt">When it was deleted.</param>
/// <param name="DeletedBy">Who deleted it: a staff token's subject or an API key's id, as the audit log names them.</param>
/// <param name="PurgeAt">When it is due to be removed for good. A purge that references still block leaves it here, past this time.</param>
public sealed record TrashItemResponse(string Type, Guid Id, LocalizedText Title, DateTimeOffset DeletedAt, string DeletedBy, DateTimeOffset PurgeAt);
