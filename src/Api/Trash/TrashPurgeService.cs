using Mediator;
using Scc.Application.Trash.PurgeTrash;

namespace Scc.Api.Trash;

/// <summary>
/// Purges the trash (ADR 25) a few minutes after start (<c>Trash:FirstPurgeDelay</c>) and then every hour: what was
/// deleted more than <c>Trash:PurgeAfter</c> ago (default 30 days) is removed for good. Off with
/// <c>Trash:PurgeEnabled=false</c>; tests call the purge directly instead. Waits on the injected <see cref="TimeProvider"/>.
/// Logs counts, kinds and ids only.
/// </summary>
public sealed partial class TrashPurgeService(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<TrashPurgeService> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    private static readonly TimeSpan DefaultFirstPurgeDelay = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Trash:PurgeEnabled", true)) return;
        // The first purge waits a little, so that it does not compete with the start (the time to ready).
        await Task.Delay(configuration.GetValue("Trash:FirstPurgeDelay", DefaultFirstPurgeDelay), clock, stoppingToken);
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var outcome = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new PurgeTrashCommand(), stoppingToken);
                if (!outcome.IsSuccess) continue;
                if (outcome.Value.Purged > 0) LogPurged(outcome.Value.Purged);
                foreach (var kept in outcome.Value.Kept) LogKept(kept.Type, kept.Id, kept.Reason);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be briefly away; the next hour's purge catches up.
                LogFailed(exception.GetType().Name);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Trash: purged {Count} resources for good")]
    private partial void LogPurged(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trash: kept {Type} {Id}, due for purging, in the trash: {Reason}")]
    private partial void LogKept(string type, Guid id, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trash purge failed with {Exception}; it runs again in an hour")]
    private partial void LogFailed(string exception);
}
