using Scc.Domain.Events;

namespace Scc.Application.Registrations.ExportRegistrations;

/// <summary>The export of an event's registrations, oldest first.</summary>
/// <param name="Questions">The event's custom questions, in their order, with their options: what the items' answers (by question and option id) mean.</param>
public sealed record RegistrationExport(Guid EventId, IReadOnlyList<RegistrationQuestion> Questions, IReadOnlyList<RegistrationResponse> Items);
