using System.Collections.Concurrent;
using Quartz;
using Quartz.Extensibility;

namespace CaoMonitor.Jobs;

/// <summary>
/// Writes every run into jobs.db's job_runs: a row when a job starts, closed when it ends with its
/// status (succeeded, skipped, retrying, failed), error and attempt number. A listener rather than
/// code in each job, so no job can forget it.
/// </summary>
public sealed class RunHistoryListener(JobsContext ctx, string instance) : IJobListener
{
    private readonly ConcurrentDictionary<string, long> _open = new();

    public string Name => "caomonitor-run-history";

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var id = ctx.Db.StartRun(context.JobDetail.Key.Name, context.FireInstanceId, instance, context.RetryAttempt + 1, DateTimeOffset.UtcNow);
        _open[context.FireInstanceId] = id;
        return ValueTask.CompletedTask;
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        if (!_open.TryRemove(context.FireInstanceId, out var id))
        {
            if (ctx.Db.RunIdForFire(context.FireInstanceId) is { } found) id = found;
            else return ValueTask.CompletedTask;
        }
        var result = context.Result as JobResult;
        string status;
        string? error;
        if (jobException is not null)
        {
            var cause = jobException.InnerException ?? jobException;
            status = cause is OperationCanceledException ? "interrupted" : context.RetryScheduled ? "retrying" : "failed";
            error = cause.Message;
        }
        else
        {
            status = result?.Status ?? "succeeded";
            error = result?.Error;
        }
        ctx.Db.FinishRun(id, status, error, result?.Detail, DateTimeOffset.UtcNow);
        ctx.Log($"{context.JobDetail.Key.Name}: {status}{(context.RetryAttempt > 0 ? $" (attempt {context.RetryAttempt + 1})" : "")}" +
                $"{(result?.Detail is { } d ? " — " + d : "")}{(error is null ? "" : " — " + error)}");
        return ValueTask.CompletedTask;
    }

    public ValueTask JobProgressChanged(IJobExecutionContext context, FireInstanceProgress progress, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
