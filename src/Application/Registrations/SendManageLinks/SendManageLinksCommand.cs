using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Registrations.SendManageLinks;

/// <summary>Someone asks for the manage links of an address's live registrations (of one event, or all) to be e-mailed to it.</summary>
public sealed record SendManageLinksCommand(string Email, Guid? EventId = null) : ICommand<Result>;
