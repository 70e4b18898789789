using Hangfire.States;
using Hangfire.Storage;

namespace CaoMonitor.Jobs;

/// <summary>One line per finished run for the worker's console: name, how it ended, detail or error.</summary>
internal sealed class RunLog(JobServices services) : IApplyStateFilter
{
    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
        var name = JobNames.Of(context.BackgroundJob.Job);
        switch (context.NewState)
        {
            case SucceededState s:
                services.Log($"{name}: {(s.Result as JobResult)?.Status ?? "succeeded"}{((s.Result as JobResult)?.Detail is { } d ? " — " + d : "")}");
                break;
            case FailedState f:
                services.Log($"{name}: failed — {f.Exception.Message}");
                break;
            case ScheduledState { Reason: { } reason }:
                services.Log($"{name}: retrying — {reason}");
                break;
        }
    }

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction) { }
}

/// <summary>Keeps finished jobs (and so the history) for keepHistoryDays instead of Hangfire's one day.</summary>
internal sealed class KeepHistory(TimeSpan keep) : IApplyStateFilter
{
    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction) => context.JobExpirationTimeout = keep;
    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction) { }
}

