using Scc.Application.Registrations;

namespace Scc.Api.Exports;

/// <summary>The JSON export of an event's registrations, oldest first.</summary>
public sealed record RegistrationExport(Guid EventId, IReadOnlyList<RegistrationResponse> Items);
