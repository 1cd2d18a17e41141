using Scc.Domain.Common;

namespace Scc.Domain.Events;

/// <summary>Whom to ask about an event.</summary>
public sealed record EnquiryContact(LocalizedText Name, string? Phone = null, string? Email = null);
