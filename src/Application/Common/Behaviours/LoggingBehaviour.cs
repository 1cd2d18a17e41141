using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Scc.Application.Common.Behaviours;

/// <summary>Logs each message's name, outcome and duration; never its content, which may hold personal data.</summary>
public sealed partial class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly TimeSpan SlowThreshold = TimeSpan.FromMilliseconds(500);

    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var name = typeof(TMessage).Name;
        try
        {
            var response = await next(message, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started);
            var outcome = (response as Domain.Common.Result)?.Error?.Code ?? "ok";
            var elapsedMs = elapsed.TotalMilliseconds;
            if (elapsed > SlowThreshold) LogSlow(name, elapsedMs, outcome);
            else LogHandled(name, elapsedMs, outcome);
            return response;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var exceptionName = exception.GetType().Name;
            LogFailed(name, elapsedMs, exceptionName);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Message} handled in {ElapsedMs:0.0} ms: {Outcome}")]
    private partial void LogHandled(string message, double elapsedMs, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Message} was slow: {ElapsedMs:0.0} ms: {Outcome}")]
    private partial void LogSlow(string message, double elapsedMs, string outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message} failed after {ElapsedMs:0.0} ms with {Exception}")]
    private partial void LogFailed(string message, double elapsedMs, string exception);
}
