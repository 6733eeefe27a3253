using Microsoft.Extensions.Logging;

namespace Archive.Bench;

/// <summary>Writes what a service class logs to standard error at once (a benchmark's child process reports on standard output).</summary>
internal sealed class StandardErrorLogger<T> : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel)) Console.Error.WriteLine($"  [{typeof(T).Name}] {formatter(state, exception)}");
    }
}
