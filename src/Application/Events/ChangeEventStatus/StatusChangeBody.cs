using Scc.Domain.Common;

namespace Scc.Application.Events.ChangeEventStatus;

/// <summary>Optional words for readers about a postponement or cancellation.</summary>
public sealed record StatusChangeBody(LocalizedText? Note = null);
