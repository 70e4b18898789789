using CaoMonitor.Ingestion;
using CaoMonitor.Jobs.Jobs;
using CaoMonitor.Sources;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;

namespace CaoMonitor.Jobs;

/// <summary>A job as `jobs list` shows it: what it is, when it runs next, how it last ended.</summary>
public sealed record JobInfo(string Name, string Kind, string Schedule, DateTimeOffset? NextRun, JobRun? LastRun);

/// <summary>
/// The jobs of CaoMonitor on Hangfire: recurring jobs (polls, maintenance, reclassify, monitor)
/// from jobs/sources.json and jobs/schedules.json, one ingest job per document a poll finds, and a
/// BackgroundJobServer that runs them. Everything Hangfire needs is passed in (storage, filters,
/// activator), nothing global, so several hosts can live in one process. <see cref="Start"/> runs
/// it inside any process: the worker, or the web server. Several processes may run it on one job
/// store: each job runs once.
/// </summary>
public sealed class JobsHost : IAsyncDisposable
{
    /// <summary>Queued by `jobs run` and "run now": taken before the ingest backlog.</summary>
    public const string NowQueue = "now";
    public const string DefaultQueue = "default";

    public JobServices Services { get; }
    public JobStorage Storage => Services.Storage;
    public IBackgroundJobClient Client { get; }
    public IRecurringJobManager Recurring { get; }
    internal IJobFilterProvider Filters { get; }
    private BackgroundJobServer? _server;
    private OrphanRecovery? _recovery;

    private JobsHost(JobServices services)
    {
        Services = services;
        var r = services.Retry;
        var filters = new JobFilterCollection
        {
            // Our backoff: attempts, delays growing by a factor up to a maximum; only what may pass is retried.
            new AutomaticRetryAttribute
            {
                Attempts = Math.Max(0, r.MaxAttempts),
                DelayInSecondsByAttemptFunc = attempt => Delay(r, attempt),
                OnlyOn = [typeof(TransientIngestException)],
                LogEvents = false,
            },
            new RunLog(services),
            new KeepHistory(TimeSpan.FromDays(Math.Max(1, services.Options.Config.Schedules.KeepHistoryDays))),
        };
        Filters = new JobFilterProviderCollection(filters, new JobFilterAttributeFilterProvider());
        Client = new BackgroundJobClient(Storage, Filters);
        Recurring = new RecurringJobManager(Storage, Filters);
    }

    /// <summary>The delay before retry <paramref name="attempt"/> (1 for the first), in whole seconds as Hangfire schedules them.</summary>
    public static int Delay(RetryConfig r, long attempt) =>
        (int)Math.Ceiling(Math.Min(r.MaxDelaySeconds, r.InitialDelaySeconds * Math.Pow(r.BackoffFactor, Math.Max(0, attempt - 1))));

    /// <summary>
    /// Registers the recurring jobs the configuration names and starts a job server: what `worker`
    /// and `serve` call. Dispose to stop (running jobs are cancelled and handed back to the queue).
    /// Throws <see cref="InvalidDataException"/> for a bad configuration.
    /// </summary>
    public static async Task<JobsHost> Start(string dataDir, JobsOptions options, CancellationToken ct = default)
    {
        var host = await Create(dataDir, options, ct);
        try
        {
            foreach (var src in options.AllSources().Where(s => s.IsFolder)) Directory.CreateDirectory(src.Path!);
            host.SyncSchedules();
            host._recovery = new OrphanRecovery(host.Client, options.WorkerTimeout / 4);
            host._server = host.Server([NowQueue, DefaultQueue], Math.Max(1, options.Config.Schedules.MaxConcurrency), host._recovery);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>The job store and the stages, without a server (the CLI's `jobs` commands read and queue through it).</summary>
    public static Task<JobsHost> Create(string dataDir, JobsOptions options, CancellationToken ct = default)
    {
        JobServices? services = null;
        try
        {
            services = new JobServices(dataDir, options);
            return Task.FromResult(new JobsHost(services));
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            services?.Dispose();
            throw new InvalidOperationException($"the job store {JobsStore.Describe(options.JobsStore ?? "")} cannot be reached: {e.Message}", e);
        }
    }

    /// <summary>This process's servers are called host:pid (Hangfire adds a unique suffix).</summary>
    private static readonly string ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";

    private BackgroundJobServer Server(string[] queues, int workers, OrphanRecovery? recovery = null) => new(new BackgroundJobServerOptions
    {
        ServerName = ServerName,
        Queues = queues,
        WorkerCount = workers,
        SchedulePollingInterval = Services.Options.PollInterval,
        // Running jobs are told to stop at once; stopping waits this long for them, then the process may exit.
        StopTimeout = TimeSpan.Zero,
        ShutdownTimeout = Services.Options.ShutdownTimeout,
        HeartbeatInterval = Services.Options.WorkerTimeout / 4,
        ServerCheckInterval = Services.Options.WorkerTimeout / 4,
        ServerTimeout = Services.Options.WorkerTimeout,
        Activator = new Activator(Services, new Queue(this)),
        FilterProvider = Filters,
        TimeZoneResolver = new DefaultTimeZoneResolver(),
    }, Storage, [recovery ?? new OrphanRecovery(Client, Services.Options.WorkerTimeout / 4)]);

    /// <summary>What should be scheduled: one poll per source, maintenance, and the optional jobs; name, job, cron.</summary>
    internal IReadOnlyList<(string Name, Job Job, string Cron)> DesiredSchedules()
    {
        var o = Services.Options;
        var s = o.Config.Schedules;
        var list = new List<(string, Job, string)>();
        foreach (var src in o.AllSources())
        {
            var name = src.Name;
            list.Add((JobNames.Poll(name), Job.FromExpression<PollJob>(j => j.Run(name, CancellationToken.None)), CaoMonitor.Jobs.Schedule.For(src)));
        }
        if (s.Maintenance is { Enabled: true, Cron: { } m })
            list.Add((JobNames.Maintenance, Job.FromExpression<MaintenanceJob>(j => j.Run()), m));
        if (o.Reclassifier is not null && s.Reclassify is { Enabled: true, Cron: { } r })
            list.Add((JobNames.Reclassify, Job.FromExpression<ReclassifyJob>(j => j.Run(false, CancellationToken.None)), r));
        if (o.Snapshotter is not null && s.Monitor is { Enabled: true, Cron: { } y })
            list.Add((JobNames.Monitor, Job.FromExpression<MonitorJob>(j => j.Run(null, CancellationToken.None)), y));
        return list;
    }

    /// <summary>
    /// Brings the recurring jobs in line with the configuration. Hangfire keeps an unchanged
    /// schedule's last and next run, which is how a run missed during downtime is noticed: it fires
    /// once at the next start (misfire handling Relaxed), then keeps its rhythm. Jobs no longer
    /// configured are removed.
    /// </summary>
    private void SyncSchedules()
    {
        var desired = DesiredSchedules();
        var options = new RecurringJobOptions { TimeZone = Services.TimeZone, MisfireHandling = MisfireHandlingMode.Relaxed };
        using var c = Storage.GetConnection();
        var stored = c.GetRecurringJobs(desired.Select(d => d.Name)).Where(r => !r.Removed).ToDictionary(r => r.Id);
        foreach (var (name, job, cron) in desired)
        {
            // Left alone when unchanged: re-registering would move a missed next run into the future.
            if (stored.TryGetValue(name, out var r) && r.Cron == cron && r.TimeZoneId == Services.TimeZone.Id && r.Job is { } j
                && j.Type == job.Type && j.Method == job.Method && JobNames.Of(j) == name) continue;
            try { Recurring.AddOrUpdate(name, job, cron, options); }
            catch (ArgumentException e) { throw new InvalidDataException($"{name}: '{cron}' is not a valid cron expression: {e.Message}"); }
        }
        foreach (var old in c.GetRecurringJobs().Where(j => desired.All(d => d.Name != j.Id)))
            Recurring.RemoveIfExists(old.Id);
    }

    /// <summary>The recurring jobs with their next run and last run, then the documents waiting to be ingested.</summary>
    public Task<IReadOnlyList<JobInfo>> List(CancellationToken ct = default)
    {
        var list = new List<JobInfo>();
        var last = History(limit: int.MaxValue).GroupBy(r => r.Job).ToDictionary(g => g.Key, g => g.Last());
        using (var c = Storage.GetConnection())
        {
            foreach (var r in c.GetRecurringJobs())
                list.Add(new JobInfo(r.Id, "scheduled", r.Cron, r.NextExecution is { } n ? Utc(n) : null, last.GetValueOrDefault(r.Id)));
        }
        foreach (var (name, _, cron) in DesiredSchedules().Where(d => list.All(j => j.Name != d.Name)))
            list.Add(new JobInfo(name, "configured (starts with the worker)", cron, null, last.GetValueOrDefault(name)));
        var api = Storage.GetMonitoringApi();
        foreach (var q in api.Queues().Where(q => q.Name == DefaultQueue))
            foreach (var (id, job) in api.EnqueuedJobs(q.Name, 0, 1000).Select(k => (k.Key, k.Value)))
                if (JobNames.Of(job.Job) is var name && name.StartsWith("ingest:", StringComparison.Ordinal))
                    list.Add(new JobInfo(name, "ingest (queued)", "once", null, RunHistory.Of(Storage, id).LastOrDefault()));
        foreach (var (id, job) in api.ScheduledJobs(0, 1000).Select(k => (k.Key, k.Value)))
            if (JobNames.Of(job.Job) is var name && name.StartsWith("ingest:", StringComparison.Ordinal))
                list.Add(new JobInfo(name, "ingest (queued)", "once", RetryAt(api, id), RunHistory.Of(Storage, id).LastOrDefault()));
        return Task.FromResult<IReadOnlyList<JobInfo>>(list);
    }

    /// <summary>A recurring job as Hangfire stores it (cron, time zone, next and last run), or null.</summary>
    public RecurringJobDto? Schedule(string name)
    {
        using var c = Storage.GetConnection();
        return c.GetRecurringJobs([name]).FirstOrDefault(r => !r.Removed);
    }

    /// <summary>Past runs, oldest first (see <see cref="RunHistory"/>).</summary>
    public IReadOnlyList<JobRun> History(string? job = null, int limit = 100) => RunHistory.Read(Storage, job, limit);

    /// <summary>Names `jobs run` accepts.</summary>
    public IEnumerable<string> RunnableNames() =>
        DesiredSchedules().Select(d => d.Name)
            .Concat(Services.Options.Reclassifier is null ? [] : [JobNames.Reclassify])
            .Concat(Services.Options.Snapshotter is null ? [] : [JobNames.Monitor])
            .Append(JobNames.Maintenance).Distinct();

    /// <summary>Queues a job now, ahead of the ingest backlog; returns its id.</summary>
    public string Trigger(string name, int? year = null)
    {
        var o = Services.Options;
        Job job = name switch
        {
            JobNames.Maintenance => Job.FromExpression<MaintenanceJob>(j => j.Run()),
            JobNames.Reclassify when o.Reclassifier is not null => Job.FromExpression<ReclassifyJob>(j => j.Run(true, CancellationToken.None)),
            JobNames.Monitor when o.Snapshotter is not null => Job.FromExpression<MonitorJob>(j => j.Run(year, CancellationToken.None)),
            _ when name.StartsWith("poll:", StringComparison.Ordinal) && Services.Sources.ContainsKey(name[5..]) =>
                Job.FromExpression<PollJob>(j => j.Run(name.Substring(5), CancellationToken.None)),
            JobNames.Reclassify or JobNames.Monitor => throw new InvalidOperationException($"'{name}' is not wired into this build yet (no implementation was supplied)"),
            _ => throw new KeyNotFoundException($"no job called '{name}'; try one of: {string.Join(", ", RunnableNames())}"),
        };
        return Client.Create(job, new EnqueuedState(NowQueue));
    }

    /// <summary>
    /// Runs a job now and waits for its end: queued ahead of the backlog, and run by this process's
    /// server, by any other worker on the store, or (when this process has none) by a server
    /// started here for the "now" queue alone.
    /// </summary>
    public async Task<JobRun> RunNow(string name, int? year = null, CancellationToken ct = default)
    {
        var id = Trigger(name, year);
        using var own = _server is null ? Server([NowQueue], 1) : null;
        while (true)
        {
            using (var c = Storage.GetConnection())
                if (c.GetStateData(id)?.Name is "Succeeded" or "Failed" or "Deleted")
                    break;
            await Task.Delay(100, ct);
        }
        own?.SendStop();
        return RunHistory.Of(Storage, id).Last();
    }

    public async ValueTask DisposeAsync()
    {
        // Running jobs are told to stop; what does not stop in time runs again on the next start.
        if (_server is { } s)
        {
            s.SendStop();
            await Task.Run(s.Dispose);
            // What did not finish goes back to the queue now, so the history closes its run as interrupted.
            if (_recovery?.ServerId is { } mine) OrphanRecovery.Requeue(Storage, Client, server => server == mine);
        }
        Services.Dispose();
    }

    private static DateTimeOffset Utc(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));

    /// <summary>When a scheduled retry is due, from the job's own history (the SQLite storage's list mixes up state data).</summary>
    private static DateTimeOffset? RetryAt(Hangfire.Storage.IMonitoringApi api, string id) =>
        api.JobDetails(id)?.History.OrderByDescending(h => h.CreatedAt).FirstOrDefault() is { StateName: "Scheduled" } s
        && s.Data.TryGetValue("EnqueueAt", out var at) && DateTime.TryParse(at, null, System.Globalization.DateTimeStyles.RoundtripKind, out var t)
            ? Utc(t.ToUniversalTime()) : null;

    /// <summary>Builds the job classes with this host's services: nothing is global.</summary>
    private sealed class Activator(JobServices services, IIngestQueue queue) : JobActivator
    {
        public override object ActivateJob(Type jobType) =>
            jobType == typeof(PollJob) ? new PollJob(services, queue) : System.Activator.CreateInstance(jobType, services)!;
    }

    /// <summary>The polls' queue: one Hangfire job per document.</summary>
    private sealed class Queue(JobsHost host) : IIngestQueue
    {
        public string Enqueue(string source, string item) =>
            host.Client.Create(Job.FromExpression<IngestJob>(j => j.Run(source, item, null, CancellationToken.None)), new EnqueuedState(DefaultQueue));

        public bool IsPending(string jobId)
        {
            using var c = host.Storage.GetConnection();
            return c.GetStateData(jobId)?.Name is "Enqueued" or "Scheduled" or "Processing" or "Awaiting";
        }
    }
}
