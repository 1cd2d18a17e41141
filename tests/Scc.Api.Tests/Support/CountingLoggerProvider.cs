using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Scc.Api.Tests.Support;

/// <summary>
/// Counts log messages that contain a text (how often the pipeline handled a message, for instance), and keeps them,
/// with their exceptions, for a failing test to show.
/// </summary>
public sealed class CountingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _messages = new();

    public int Count(string text) => _messages.Count(m => m.Contains(text, StringComparison.Ordinal));

    public IReadOnlyList<string> Containing(string text) => [.. _messages.Where(m => m.Contains(text, StringComparison.Ordinal))];

    public ILogger CreateLogger(string categoryName) => new Logger(_messages);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            messages.Enqueue(exception is null ? formatter(state, exception) : $"{formatter(state, exception)}\n{exception}");
    }
}
