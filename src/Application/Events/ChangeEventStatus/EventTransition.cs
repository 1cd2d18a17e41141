namespace Scc.Application.Events.ChangeEventStatus;

public enum EventTransition
{
    Publish,
    Postpone,
    Cancel,
    Unpublish,
}
