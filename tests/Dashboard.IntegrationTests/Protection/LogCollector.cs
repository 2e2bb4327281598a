using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Dashboard.IntegrationTests.Protection;

/// <summary>Keeps every formatted log message (with its exception) of a test host, at every level.</summary>
public sealed class LogCollector : ILoggerProvider
{
    public ConcurrentQueue<string> Messages { get; } = new();

    /// <summary>The messages again with their level, for tests that look at what was logged as a failure.</summary>
    public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Collector(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Collector(LogCollector owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            var message = $"{category}: {formatter(state, exception)}{exception}";
            owner.Messages.Enqueue(message);
            owner.Entries.Enqueue((logLevel, message));
        }
    }
}
