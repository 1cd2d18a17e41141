namespace Scc.Infrastructure.Email;

/// <summary>
/// A reminder queued for a registration, one row per registration and offset: its primary key is what makes each reminder
/// go once however many instances look for due ones at the same moment (<see cref="ReminderQueue"/>).
/// </summary>
public sealed class SentReminder
{
    public Guid RegistrationId { get; private set; }

    public int MinutesBefore { get; private set; }

    public DateTimeOffset QueuedAt { get; private set; }
}
