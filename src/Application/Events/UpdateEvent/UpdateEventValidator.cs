namespace Scc.Application.Events.UpdateEvent;

public sealed class UpdateEventValidator : EventBodyValidator<UpdateEventCommand>;
