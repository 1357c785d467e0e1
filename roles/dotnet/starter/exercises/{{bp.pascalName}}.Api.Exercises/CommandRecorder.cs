using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace {{bp.pascalName}}.Api.Exercises;

/// <summary>An EF Core interceptor that records the SQL commands the application runs, and how it runs them.</summary>
public sealed class CommandRecorder : DbCommandInterceptor
{
    private readonly ConcurrentQueue<RecordedCommand> _commands = new();
    private volatile bool _recording;

    /// <summary>Starts recording, once the application has started (EnsureCreated runs synchronously, rightly).</summary>
    public void Start() => _recording = true;

    public IReadOnlyList<RecordedCommand> Commands => _commands.ToArray();

    public void Clear() => _commands.Clear();

    private void Record(DbCommand command, bool isAsync, CancellationToken cancellationToken)
    {
        if (_recording)
        {
            _commands.Enqueue(new RecordedCommand(command.CommandText, isAsync, cancellationToken.CanBeCanceled));
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command, isAsync: false, CancellationToken.None);
        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command, isAsync: false, CancellationToken.None);
        return result;
    }

    public override InterceptionResult<int> NonQueryExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command, isAsync: false, CancellationToken.None);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        Record(command, isAsync: true, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result,
        CancellationToken cancellationToken = default)
    {
        Record(command, isAsync: true, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Record(command, isAsync: true, cancellationToken);
        return ValueTask.FromResult(result);
    }
}

public sealed record RecordedCommand(string Sql, bool Async, bool Cancellable);
