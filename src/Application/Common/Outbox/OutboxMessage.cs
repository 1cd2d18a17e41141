namespace Scc.Application.Common.Outbox;

/// <summary>
/// A message to send, written in the same transaction as the change it tells about, so that a change is
/// never committed without its message nor a message sent for a change that rolled back. The dispatcher
/// sends it later: webhook events are fanned out to subscriptions, emails go to the SMTP server.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage() { }

    /// <summary>A version 7 UUID: the order of ids is the order of writing. For webhook events, the event's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>A webhook event type (<c>registration.created</c>...) or an email type (<c>email.registration</c>).</summary>
    public string Type { get; private set; } = null!;

    /// <summary>
    /// The message as JSON. Webhook events keep theirs (they carry no personal data, and an admin may send
    /// a past event again); an email's is removed once it is sent or given up, since it holds personal data
    /// and the registrant's manage token.
    /// </summary>
    public string? Payload { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Set when the message has been handed on (fanned out, or the email sent or given up).</summary>
    public DateTimeOffset? ProcessedAt { get; private set; }

    /// <summary>When an email is due for its next attempt; webhook events are fanned out as soon as possible.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>Why the last attempt failed (no personal data).</summary>
    public string? LastError { get; private set; }

    public const string EmailTypePrefix = "email.";

    public bool IsEmail => Type.StartsWith(EmailTypePrefix, StringComparison.Ordinal);

    public static OutboxMessage Create(Guid id, string type, string payload, DateTimeOffset now) => new()
    {
        Id = id,
        Type = type,
        Payload = payload,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    /// <summary>Handed on: done. <paramref name="forgetPayload"/> removes what must not be kept.</summary>
    public void MarkProcessed(DateTimeOffset now, bool forgetPayload)
    {
        ProcessedAt = now;
        NextAttemptAt = null;
        if (forgetPayload) Payload = null;
    }

    /// <summary>A failed attempt: try again at <paramref name="nextAttemptAt"/>, or give up (and forget the payload) when null.</summary>
    public void RecordFailure(string error, DateTimeOffset now, DateTimeOffset? nextAttemptAt)
    {
        Attempts++;
        LastError = error.Length > 500 ? error[..500] : error;
        if (nextAttemptAt is null) MarkProcessed(now, forgetPayload: true);
        else NextAttemptAt = nextAttemptAt;
    }
}
