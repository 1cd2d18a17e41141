using System.Security.Cryptography;
using System.Text.Json;
using MailKit;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Npgsql;
using Scc.Application.Common.Outbox;
using Scc.Application.Feeds;
using Scc.Application.Registrations;
using Scc.Application.Webhooks;
using Scc.Domain.Events;
using Scc.Domain.Registrations;
using Scc.Domain.Webhooks;
using Scc.Infrastructure.Email;
using Scc.Infrastructure.Persistence;
using Scc.Infrastructure.Webhooks;

namespace Scc.Infrastructure.Outbox;

/// <summary>
/// Sends what the outbox holds. Every step claims its rows with <c>FOR UPDATE SKIP LOCKED</c>, so any number
/// of API instances can run it at once without sending anything twice: webhook events are fanned out into
/// one delivery per interested subscription; due deliveries and emails are leased (their next attempt is
/// pushed past the time one attempt can take) before the network call, then recorded.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes, WebhookSender webhooks, IWebhookSecretProtector secrets, IManageTokenProtector manageTokens, EmailSender email,
    EventChangeFanOut eventChanges, ReminderQueue reminders, IOptions<OutboxSettings> outboxOptions, IOptions<WebhookSettings> webhookOptions,
    IOptions<EmailSettings> emailOptions, IOptions<CalendarSettings> calendarOptions, TimeProvider clock, OutboxMetrics metrics, ILogger<OutboxDispatcher> logger)
{
    /// <summary>Beyond the request timeout, the time a claimed row stays out of others' reach (recording included).</summary>
    private static readonly TimeSpan LeaseMargin = TimeSpan.FromMinutes(1);

    /// <summary>The period of <see cref="EmailSettings.MaxPerRecipientPerHour"/>.</summary>
    private static readonly TimeSpan RecipientLimitWindow = TimeSpan.FromHours(1);

    private OutboxSettings Settings => outboxOptions.Value;

    /// <summary>
    /// One round: fan out new webhook events and event changes, queue due reminders, then attempt due deliveries and
    /// emails. Returns how many rows it handled.
    /// </summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        var handled = await FanOutAsync(ct);
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            handled += await eventChanges.FanOutAsync(db, Settings.BatchSize, ct);
            handled += await reminders.QueueDueAsync(db, ct);
        }
        // Webhooks and e-mails go to different servers: neither waits for the other.
        var sent = await Task.WhenAll(DeliverDueWebhooksAsync(ct), SendDueEmailsAsync(ct));
        return handled + sent[0] + sent[1];
    }

    private async Task<int> FanOutAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var types = WebhookEventTypes.All.ToArray();
        var batch = Settings.BatchSize;
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var events = await db.OutboxMessages
                .FromSql($"SELECT * FROM outbox_messages WHERE processed_at IS NULL AND type = ANY({types}) ORDER BY id LIMIT {batch} FOR UPDATE SKIP LOCKED")
                .ToListAsync(token);
            if (events.Count == 0) return 0;
            var subscriptions = await db.WebhookSubscriptions.AsNoTracking().Where(s => s.IsActive).ToListAsync(token);
            var now = clock.GetUtcNow();
            foreach (var message in events)
            {
                foreach (var subscription in subscriptions.Where(s => s.Wants(message.Type)))
                    db.WebhookDeliveries.Add(WebhookDelivery.Queue(Guid.CreateVersion7(), subscription.Id, message.Id, message.Type, now));
                message.MarkProcessed(now, forgetPayload: false);
            }
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return events.Count;
        }, ct);
    }

    private async Task<int> DeliverDueWebhooksAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var ids = await ClaimAsync(db, """
            UPDATE webhook_deliveries SET next_attempt_at = @lease
            WHERE id IN (SELECT d.id FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id
                         WHERE d.next_attempt_at <= @now AND s.is_active
                         ORDER BY d.next_attempt_at LIMIT @batch FOR UPDATE OF d SKIP LOCKED)
            RETURNING id
            """, now, LeaseFor(webhookOptions.Value.RequestTimeout, Settings.MaxConcurrencyPerEndpoint), ct);
        if (ids.Count == 0) return 0;

        var deliveries = await db.WebhookDeliveries.Where(d => ids.Contains(d.Id)).ToListAsync(ct);
        var subscriptionIds = deliveries.Select(d => d.SubscriptionId).Distinct().ToList();
        var subscriptions = await db.WebhookSubscriptions.Where(s => subscriptionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var eventIds = deliveries.Select(d => d.EventId).Distinct().ToList();
        var messages = await db.OutboxMessages.AsNoTracking().Where(m => eventIds.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => (Body: m.Payload ?? "{}", m.CreatedAt), ct);

        // In parallel, at most MaxConcurrencyPerEndpoint at a time to each receiver: a rush reaches a fast receiver
        // quickly, and a slow one is not sent more at once than it was configured to take.
        var outcomes = new WebhookAttemptOutcome[deliveries.Count];
        await Task.WhenAll(Enumerable.Range(0, deliveries.Count).GroupBy(i => deliveries[i].SubscriptionId).Select(toOne =>
            Parallel.ForEachAsync(toOne, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Settings.MaxConcurrencyPerEndpoint), CancellationToken = ct },
                async (i, token) => outcomes[i] = await SendAsync(subscriptions[deliveries[i].SubscriptionId], deliveries[i], messages[deliveries[i].EventId].Body, now, token))));

        var recordedAt = clock.GetUtcNow();
        for (var i = 0; i < deliveries.Count; i++)
        {
            var (delivery, outcome) = (deliveries[i], outcomes[i]);
            delivery.RecordAttempt(outcome.At, outcome.Duration, outcome.StatusCode, outcome.Error, recordedAt,
                RetrySchedule.DelayAfter(delivery.AttemptCount + 1, Settings), Settings.MaxAge);
            if (delivery.DeliveredAt is not null)
                metrics.Lag.Record((recordedAt - messages[delivery.EventId].CreatedAt).TotalSeconds, new KeyValuePair<string, object?>("stage", "webhook"));
            else
                metrics.WebhookFailures.Add(1);
            if (delivery.Status == WebhookDeliveryStatus.DeadLettered) metrics.WebhooksDeadLettered.Add(1);
            if (WebhookDelivery.IsGone(outcome.StatusCode))
            {
                subscriptions[delivery.SubscriptionId].DisableAsGone();
                LogGone(delivery.SubscriptionId);
            }
            else if (delivery.Status == WebhookDeliveryStatus.DeadLettered)
            {
                LogDeadLettered(delivery.Id, delivery.SubscriptionId, delivery.AttemptCount);
            }
        }
        await db.SaveChangesAsync(ct);
        return deliveries.Count;
    }

    /// <summary>
    /// One attempt, signed with the subscription's secrets (two during a rotation's overlap); a secret that cannot be
    /// decrypted fails this attempt only, with the reason recorded.
    /// </summary>
    private Task<WebhookAttemptOutcome> SendAsync(WebhookSubscription subscription, WebhookDelivery delivery, string body, DateTimeOffset now, CancellationToken ct)
    {
        List<string> signingSecrets;
        try
        {
            signingSecrets = [.. subscription.ProtectedSigningSecrets(now).Select(secrets.Unprotect)];
        }
        catch (CryptographicException)
        {
            LogSecretUnreadable(subscription.Id);
            return Task.FromResult(new WebhookAttemptOutcome(clock.GetUtcNow(), TimeSpan.Zero, null,
                "The signing secret cannot be decrypted: its data protection key (or the certificate that encrypts the keys) is missing or revoked."));
        }
        return webhooks.SendAsync(subscription.Url, signingSecrets, delivery.Id, delivery.EventType, body, ct);
    }

    private async Task<int> SendDueEmailsAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var ids = await ClaimAsync(db, $"""
            UPDATE outbox_messages SET next_attempt_at = @lease
            WHERE id IN (SELECT id FROM outbox_messages
                         WHERE processed_at IS NULL AND next_attempt_at <= @now AND type LIKE '{OutboxMessage.EmailTypePrefix}%'
                         ORDER BY next_attempt_at LIMIT @batch FOR UPDATE SKIP LOCKED)
            RETURNING id
            """, now, LeaseFor(emailOptions.Value.Timeout, Settings.MaxConcurrentEmails), ct);
        if (ids.Count == 0) return 0;

        var messages = await db.OutboxMessages.Where(m => ids.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync(ct);
        // Composed one after the other (one context), sent in parallel, recorded one after the other.
        var toSend = new List<(OutboxMessage Message, MimeMessage Email)>();
        foreach (var message in messages)
        {
            if (!email.IsConfigured)
            {
                // Development without an SMTP server: say that an email was due, and nothing about whom it was for.
                LogEmailNotSent(message.Id, message.Type);
                message.MarkProcessed(clock.GetUtcNow(), forgetPayload: true);
                continue;
            }
            var outgoing = await ComposeAsync(db, message, ct);
            if (outgoing is null)
            {
                // Nobody to tell any more (erased, or no live registration for a resent link): handled, nothing sent.
                message.MarkProcessed(clock.GetUtcNow(), forgetPayload: true);
                LogEmailNothingToSend(message.Id, message.Type);
                continue;
            }
            if (outgoing.Value.OverRecipientLimit)
            {
                // Given up, not retried: the registration stands, and its answer (with the manage token) was the same as
                // any other's, so the limit tells the submitter nothing about the address.
                message.RecordFailure($"Not sent: the address had been sent {emailOptions.Value.MaxPerRecipientPerHour} e-mails in the hour before.",
                    clock.GetUtcNow(), nextAttemptAt: null);
                LogEmailOverRecipientLimit(message.Id, emailOptions.Value.MaxPerRecipientPerHour);
                continue;
            }
            toSend.Add((message, outgoing.Value.Message));
        }

        var failures = new Exception?[toSend.Count];
        // Different addresses in parallel; one address's e-mails one after the other, in the order they were written, so
        // that a registrant never reads a cancellation before the confirmation it cancels.
        var byRecipient = Enumerable.Range(0, toSend.Count)
            .GroupBy(i => toSend[i].Email.To.Mailboxes.FirstOrDefault()?.Address.ToUpperInvariant() ?? "", StringComparer.Ordinal);
        await Parallel.ForEachAsync(byRecipient,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Settings.MaxConcurrentEmails), CancellationToken = ct }, async (messagesToOne, token) =>
            {
                foreach (var i in messagesToOne)
                {
                    try
                    {
                        await email.SendAsync(toSend[i].Email, token);
                    }
                    catch (Exception exception) when (exception is IOException or SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException
                                                          or ServiceNotAuthenticatedException or MailKit.Security.AuthenticationException or TimeoutException
                                                          or System.Net.Sockets.SocketException or OperationCanceledException && !token.IsCancellationRequested)
                    {
                        failures[i] = exception;
                    }
                }
            });

        for (var i = 0; i < toSend.Count; i++)
        {
            var message = toSend[i].Message;
            if (failures[i] is not { } exception)
            {
                // A payload may hold personal data (an address asking for its links, a staff note): once sent, it is not kept.
                message.MarkProcessed(clock.GetUtcNow(), forgetPayload: true);
                metrics.Lag.Record((clock.GetUtcNow() - message.CreatedAt).TotalSeconds, new KeyValuePair<string, object?>("stage", "email"));
                continue;
            }
            var failedAt = clock.GetUtcNow();
            var next = failedAt + RetrySchedule.DelayAfter(message.Attempts + 1, Settings);
            var giveUp = next > message.CreatedAt + Settings.MaxAge;
            message.RecordFailure(exception.GetType().Name + ": the SMTP server could not take the message.", failedAt, giveUp ? null : next);
            LogEmailFailed(message.Id, message.Attempts, giveUp);
        }
        await db.SaveChangesAsync(ct);
        return messages.Count;
    }

    /// <summary>
    /// The e-mail a message stands for, from the registration and event as they are now; null when there is nobody to tell
    /// (the registration was erased, a reminder's registration or event is no longer on, no live registration has the
    /// address that asked for its links).
    /// </summary>
    private async Task<(MimeMessage Message, bool OverRecipientLimit)?> ComposeAsync(AppDbContext db, OutboxMessage message, CancellationToken ct)
    {
        if (message.Type == ManageLinksEmail.Type)
        {
            var request = JsonSerializer.Deserialize<ManageLinksEmail>(message.Payload!, OutboxJson.Options)!;
            var key = Registration.EmailKeyOf(request.Email);
            var found = await db.Registrations.AsNoTracking().Where(Registration.ToldOfChanges)
                .Where(r => r.EmailKey == key && Registration.LiveStatuses.Contains(r.Status) && r.ProtectedManageToken != null &&
                            (request.EventId == null || r.EventId == request.EventId))
                .Join(db.Events.AsNoTracking(), r => r.EventId, e => e.Id, (r, e) => new { Registration = r, Event = e })
                .ToListAsync(ct);
            var links = found.Select(f => (f.Registration, f.Event, Link: ManageLink(f.Registration))).Where(l => l.Link is not null)
                .Select(l => (l.Registration, l.Event, l.Link!)).ToList();
            return links.Count == 0 ? null : (ManageLinksEmailComposer.Compose(links, emailOptions.Value), false);
        }

        var content = JsonSerializer.Deserialize<RegistrationEmail>(message.Payload!, OutboxJson.Options)!;
        var registration = await db.Registrations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == content.RegistrationId, ct);
        if (registration is null || !registration.IsToldOfChanges) return null;
        // An e-mail owed for a registration goes out even when its event went to the trash since (ADR 25).
        var evt = await db.Events.IgnoreQueryFilters().AsNoTracking().FirstAsync(e => e.Id == registration.EventId, ct);
        if (content.Notice.Kind == RegistrationNoticeKind.Reminder &&
            (registration.Status != RegistrationStatus.Confirmed || evt.Status != EventStatus.Published || evt.WindowStart <= clock.GetUtcNow()))
            return null;
        var programmeIds = evt.Funding.Select(f => f.FundingProgrammeId).ToList();
        var disclaimers = await db.FundingProgrammes.AsNoTracking().Where(p => programmeIds.Contains(p.Id)).OrderBy(p => p.Id)
            .Select(p => p.Disclaimer).ToListAsync(ct);
        var composed = RegistrationEmailComposer.Compose(
            new RegistrantEmailFacts(registration, evt, disclaimers, content, ManageLink(registration)), emailOptions.Value, calendarOptions.Value);
        var limited = content.Notice.Kind == RegistrationNoticeKind.Received && await IsOverRecipientLimitAsync(db, message, registration, ct);
        return (composed, limited);
    }

    /// <summary>The registrant's page with their token; null when the token was not kept or its key is gone.</summary>
    private string? ManageLink(Registration registration)
    {
        if (registration.ProtectedManageToken is not { } protectedToken) return null;
        try
        {
            var token = manageTokens.Unprotect(protectedToken);
            return emailOptions.Value.ManageLinkTemplate.Replace("{token}", Uri.EscapeDataString(token), StringComparison.Ordinal);
        }
        catch (CryptographicException)
        {
            LogManageTokenUnreadable(registration.Id);
            return null;
        }
    }

    /// <summary>
    /// True when the address was already sent <see cref="EmailSettings.MaxPerRecipientPerHour"/> receipts in the hour before
    /// this one was queued. Every registration made through a submission queues exactly one receipt (an integration's
    /// bulk upsert, which carries an external reference, queues none), so the address's registrations of that hour
    /// are its receipts, including those held back: an abuser who keeps submitting stays held back. Other e-mails follow
    /// the staff's decisions or the event's dates, which nobody outside can multiply.
    /// </summary>
    private async Task<bool> IsOverRecipientLimitAsync(AppDbContext db, OutboxMessage message, Registration registration, CancellationToken ct)
    {
        var limit = emailOptions.Value.MaxPerRecipientPerHour;
        if (limit <= 0) return false;
        var key = registration.EmailKey;
        var since = message.CreatedAt - RecipientLimitWindow;
        // A row made in the hour was updated in it too: the condition on updated_at lets its index find the hour's rows.
        var earlier = await db.Registrations.AsNoTracking().CountAsync(r =>
            r.UpdatedAt >= since && r.CreatedAt >= since && r.CreatedAt < message.CreatedAt &&
            r.EmailKey == key && r.ExternalReference == null && r.Id != registration.Id, ct);
        return earlier >= limit;
    }

    /// <summary>
    /// How long a claimed batch stays out of other dispatchers' reach: long enough for every attempt of a full batch to
    /// time out, in waves of the allowed concurrency, and be recorded. A lease that ran out while its attempts were still
    /// going would let another instance send the same rows again.
    /// </summary>
    private TimeSpan LeaseFor(TimeSpan attemptTimeout, int concurrency) =>
        attemptTimeout * Math.Ceiling(Settings.BatchSize / (double)Math.Max(1, concurrency)) + LeaseMargin;

    /// <summary>Runs a claiming UPDATE ... RETURNING id with @now, @lease and @batch; the rows are leased when it returns.</summary>
    private async Task<List<Guid>> ClaimAsync(AppDbContext db, string sql, DateTimeOffset now, TimeSpan lease, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("now", now);
            command.Parameters.AddWithValue("lease", now + lease);
            command.Parameters.AddWithValue("batch", Settings.BatchSize);
            var ids = new List<Guid>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) ids.Add(reader.GetGuid(0));
            return ids;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The signing secret of webhook subscription {SubscriptionId} cannot be decrypted; its deliveries fail until the key ring and its certificate are complete again, or the receiver is subscribed anew")]
    private partial void LogSecretUnreadable(Guid subscriptionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook subscription {SubscriptionId} disabled: its receiver answered 410 Gone")]
    private partial void LogGone(Guid subscriptionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} to subscription {SubscriptionId} dead-lettered after {Attempts} attempts")]
    private partial void LogDeadLettered(Guid deliveryId, Guid subscriptionId, int attempts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {MessageId} ({Type}) was queued but not sent: no SMTP server is configured (Email:Host)")]
    private partial void LogEmailNotSent(Guid messageId, string type);

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {MessageId} ({Type}) had nobody to tell any more and was not sent")]
    private partial void LogEmailNothingToSend(Guid messageId, string type);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The manage token of registration {RegistrationId} cannot be decrypted; its e-mails go without a link")]
    private partial void LogManageTokenUnreadable(Guid registrationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {MessageId} not sent: its address had been sent {Limit} e-mails in the hour before")]
    private partial void LogEmailOverRecipientLimit(Guid messageId, int limit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {MessageId} failed (attempt {Attempts}); given up: {GivenUp}")]
    private partial void LogEmailFailed(Guid messageId, int attempts, bool givenUp);
}
