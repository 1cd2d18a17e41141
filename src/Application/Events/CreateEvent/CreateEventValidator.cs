namespace Scc.Application.Events.CreateEvent;

public sealed class CreateEventValidator : EventBodyValidator<CreateEventCommand>;
