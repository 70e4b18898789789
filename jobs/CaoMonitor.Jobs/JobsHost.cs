using CaoMonitor.Jobs.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CaoMonitor.Jobs;

/// <summary>A job as `jobs list` shows it: what it is, when it runs next, how it last ended.</summary>
public sealed record JobInfo(string Name, string Kind, string Schedule, DateTimeOffset? NextRun, JobRun? LastRun);

/// <summary>
/// The scheduler of CaoMonitor: Quartz.NET with its ADO job store on data/jobs.db (provider
/// SQLite-Microsoft). Jobs (what runs) are the classes under Jobs/; triggers (when) come from
/// jobs/sources.json and jobs/schedules.json; the store keeps both, and every one-off ingest job,
/// across restarts. <see cref="Start"/> runs it inside any process: the worker, or the web server.
/// </summary>
public sealed class JobsHost : IAsyncDisposable
{
    /// <summary>
    /// Quartz's instance id. Fixed, because one scheduler owns a jobs.db (see <see cref="LockFile"/>)
    /// and the restarted worker must recognise the firings it left behind to recover them.
    /// </summary>
    public const string InstanceId = "worker";

    /// <summary>
    /// Held (exclusively) while a scheduler runs on a data folder. Quartz refuses clustering on
    /// SQLite and serialises its SQLite store with an in-process lock, so a second scheduler on the
    /// same jobs.db (a worker beside `serve`) would fire the same triggers twice: it is refused.
    /// </summary>
    public const string LockFile = "jobs.lock";

    public IScheduler Scheduler { get; }
    public JobsContext Context { get; }
    private readonly StandaloneSchedulerFactory _factory;
    private FileStream? _lock;

    private JobsHost(StandaloneSchedulerFactory factory, IScheduler scheduler, JobsContext context)
    {
        _factory = factory;
        Scheduler = scheduler;
        Context = context;
    }

    /// <summary>
    /// Builds the scheduler, brings the stored schedules in line with the configuration, and starts
    /// it: what `worker` and `serve` call. Dispose to stop (running jobs are handed back to the
    /// store). Throws <see cref="InvalidOperationException"/> when a scheduler already runs on
    /// <paramref name="dataDir"/>, <see cref="InvalidDataException"/> for a bad configuration.
    /// </summary>
    public static async Task<JobsHost> Start(string dataDir, JobsOptions options, CancellationToken ct = default)
    {
        var lockPath = Path.Combine(Directory.CreateDirectory(dataDir).FullName, LockFile);
        FileStream held;
        // FileShare.None is an flock on Unix: released by the kernel when the process dies, however it dies.
        try { held = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None); }
        catch (IOException)
        {
            throw new InvalidOperationException($"the jobs of {Path.GetFullPath(dataDir)} are already being run by another worker or serve " +
                                                "(one scheduler per data folder; stop the other one first)");
        }
        JobsHost? host = null;
        try
        {
            host = await Create(dataDir, options, ct);
            host._lock = held;
            // Only a running scheduler owns the schedules: `jobs list` must not drop a worker's --watch poll.
            host.Context.Db.MarkInterrupted();
            foreach (var src in options.AllSources().Where(s => s.IsFolder)) Directory.CreateDirectory(src.Path!);
            await host.SyncSchedules(ct);
            await host.Scheduler.Start(ct);
            return host;
        }
        catch
        {
            if (host is not null) await host.DisposeAsync();
            held.Dispose();
            throw;
        }
    }

    /// <summary>Builds the scheduler without starting it (the CLI's `jobs` commands read and queue through it).</summary>
    public static async Task<JobsHost> Create(string dataDir, JobsOptions options, CancellationToken ct = default)
    {
        var context = new JobsContext(dataDir, options);
        var schedules = options.Config.Schedules;
        var builder = QuartzSchedulerBuilder.Create(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "CaoMonitor";
                o.InstanceId = InstanceId;
                o.IdleWaitTime = options.IdleWaitTime;
                o.DefaultTimeZone = context.TimeZone;
                // Ctrl+C cancels running jobs; the store hands their firings back for recovery.
                o.ShutdownJobInterruption = ShutdownJobInterruption.Always;
            });
            q.UseDefaultThreadPool(Math.Max(1, schedules.MaxConcurrency));
            q.UsePersistentStore((IPersistentStoreBuilder s) =>
            {
                // Microsoft.Data.Sqlite: the ADO provider Quartz calls "SQLite-Microsoft", with its SQLite delegate.
                s.UseSqlite(context.Db.ConnectionString);
                s.ConfigureStore(o =>
                {
                    o.TablePrefix = JobsDb.TablePrefix;
                    o.StoreJobDataAsStrings = true;
                    o.MisfireThreshold = options.MisfireThreshold ?? TimeSpan.FromSeconds(Math.Max(1, schedules.MisfireThresholdSeconds));
                    // JobsDb created the tables; Quartz only checks them.
                    o.SchemaProvisioning = SchemaProvisioning.Validate;
                    o.RecoverFiringsCancelledByShutdown = true;
                });
            });
            q.Services.AddSingleton(context);
            q.AddJobType<PollSourceJob>();
            q.AddJobType<IngestDocumentJob>();
            q.AddJobType<MaintenanceJob>();
            q.AddJobType<ReclassifyJob>();
            q.AddJobType<MonitorSnapshotJob>();
            // The history names the process (host:pid), which tells restarts apart.
            q.AddJobListener(new RunHistoryListener(context, $"{Environment.MachineName}:{Environment.ProcessId}"), [Matchers.AllJobs()]);
        });
        var factory = builder.Build();
        var scheduler = await factory.GetScheduler(ct);
        return new JobsHost(factory, scheduler, context);
    }

    /// <summary>What should be scheduled: one poll per source, maintenance, and the optional jobs.</summary>
    internal IReadOnlyList<(IJobDetail Job, ITrigger Trigger, string Schedule)> DesiredSchedules()
    {
        var o = Context.Options;
        var s = o.Config.Schedules;
        var list = new List<(IJobDetail, ITrigger, string)>();
        foreach (var src in o.AllSources())
        {
            var schedule = src.ScheduleText(s.TimeZone);
            var job = JobBuilder.Create<PollSourceJob>().WithIdentity(JobNames.Poll(src.Name), JobNames.ScheduledGroup)
                .WithDescription($"poll {src.Kind} source {src.Name}").UsingJobData(JobNames.SourceKey, src.Name)
                .StoreDurably(true).DisallowConcurrentExecution(true).Build();
            list.Add((job, Trigger(job, schedule, src.Cron, src.EverySeconds), schedule));
        }
        void System<T>(string name, ScheduleConfig sc, string description) where T : IJob
        {
            if (!sc.Enabled || sc.Cron is null) return;
            var schedule = $"cron:{sc.Cron}@{s.TimeZone}";
            var job = JobBuilder.Create<T>().WithIdentity(name, JobNames.ScheduledGroup).WithDescription(description)
                .StoreDurably(true).DisallowConcurrentExecution(true).Build();
            list.Add((job, Trigger(job, schedule, sc.Cron, null), schedule));
        }
        System<MaintenanceJob>(JobNames.Maintenance, s.Maintenance, "integrity check and backup of the stores");
        if (o.Reclassifier is not null) System<ReclassifyJob>(JobNames.Reclassify, s.Reclassify, "reclassify when the taxonomy version changes");
        if (o.Snapshotter is not null) System<MonitorSnapshotJob>(JobNames.Monitor, s.Monitor, "compute and freeze the yearly monitor snapshot");
        return list;
    }

    /// <summary>
    /// A recurring trigger. After downtime a missed schedule runs once, now, and then keeps its
    /// rhythm: never once per missed slot.
    /// </summary>
    private ITrigger Trigger(IJobDetail job, string schedule, string? cron, int? everySeconds)
    {
        var t = TriggerBuilder.Create().WithIdentity(job.Key.Name, JobNames.ScheduledGroup).ForJob(job)
            .UsingJobData(JobNames.ScheduleKey, schedule);
        if (cron is not null)
            t = t.WithSchedule(CronScheduleBuilder.Create(cron).InTimeZone(Context.TimeZone)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed));
        else
            t = t.StartNow().WithSchedule(SimpleScheduleBuilder.Create().WithInterval(TimeSpan.FromSeconds(everySeconds ?? 300)).RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount));
        return t.Build();
    }

    /// <summary>
    /// Brings the store in line with the configuration. An unchanged schedule keeps its stored
    /// trigger (and so its missed fire time, which is how misfires are noticed after downtime);
    /// a changed one is replaced; jobs no longer configured are removed.
    /// </summary>
    private async Task SyncSchedules(CancellationToken ct)
    {
        var desired = DesiredSchedules();
        foreach (var (job, trigger, schedule) in desired)
        {
            var existing = await Scheduler.GetTrigger(trigger.Key, ct);
            if (existing is not null && existing.JobDataMap.GetString(JobNames.ScheduleKey) == schedule && await Scheduler.Exists(job.Key, ct)) continue;
            await Scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, ct);
        }
        var wanted = desired.Select(d => d.Job.Key).ToHashSet();
        var stored = await Scheduler.QueryJobs(new JobQuery { Group = GroupMatcher<JobKey>.GroupEquals(JobNames.ScheduledGroup) }, ct);
        foreach (var key in stored.Items.Select(h => h.Key).Where(k => !wanted.Contains(k)))
            await Scheduler.DeleteJob(key, ct);
    }

    /// <summary>The recurring jobs with their next run, and the last run of each.</summary>
    public async Task<IReadOnlyList<JobInfo>> List(CancellationToken ct = default)
    {
        var history = Context.Db.History(limit: 1000);
        var list = new List<JobInfo>();
        // What the store holds (a worker's --watch polls too), then what the configuration adds.
        var scheduled = await Scheduler.QueryJobs(new JobQuery { Group = GroupMatcher<JobKey>.GroupEquals(JobNames.ScheduledGroup) }, ct);
        foreach (var key in scheduled.Items.Select(h => h.Key))
        {
            var stored = await Scheduler.GetTrigger(new TriggerKey(key.Name, JobNames.ScheduledGroup), ct);
            list.Add(new JobInfo(key.Name, "scheduled", stored?.JobDataMap.GetString(JobNames.ScheduleKey) ?? "", stored?.NextFireTimeUtc,
                history.LastOrDefault(r => r.Job == key.Name)));
        }
        foreach (var (job, _, schedule) in DesiredSchedules().Where(d => list.All(j => j.Name != d.Job.Key.Name)))
            list.Add(new JobInfo(job.Key.Name, "configured (starts with the worker)", schedule, null, history.LastOrDefault(r => r.Job == job.Key.Name)));
        var pending = await Scheduler.QueryJobs(new JobQuery { Group = GroupMatcher<JobKey>.GroupEquals(JobNames.IngestGroup) }, ct);
        foreach (var key in pending.Items.Select(h => h.Key))
        {
            var trig = await Scheduler.GetTrigger(new TriggerKey(key.Name, JobNames.IngestGroup), ct);
            list.Add(new JobInfo(key.Name, "ingest (queued)", "once", trig?.NextFireTimeUtc, history.LastOrDefault(r => r.Job == key.Name)));
        }
        return list;
    }

    /// <summary>Names `jobs run` accepts.</summary>
    public IEnumerable<string> RunnableNames() =>
        DesiredSchedules().Select(d => d.Job.Key.Name)
            .Concat(Context.Options.Reclassifier is null ? [] : [JobNames.Reclassify])
            .Concat(Context.Options.Snapshotter is null ? [] : [JobNames.Monitor])
            .Append(JobNames.Maintenance).Distinct();

    /// <summary>
    /// Runs a job now, in this process, and records it in the run history like a scheduled run.
    /// A poll queues its documents in the store; a running worker (or the next one) ingests them.
    /// </summary>
    public async Task<JobRun> RunNow(string name, int? year = null, CancellationToken ct = default)
    {
        Func<Task<JobResult>> work = name switch
        {
            JobNames.Maintenance => () => Task.FromResult(MaintenanceJob.Run(Context)),
            JobNames.Reclassify when Context.Options.Reclassifier is not null => () => ReclassifyJob.Run(Context, force: true, ct),
            JobNames.Monitor when Context.Options.Snapshotter is not null => () => MonitorSnapshotJob.Run(Context, year, ct),
            _ when name.StartsWith("poll:", StringComparison.Ordinal) && Context.Sources.ContainsKey(name[5..]) =>
                () => PollSourceJob.Poll(Context, Scheduler, name[5..], ct),
            JobNames.Reclassify or JobNames.Monitor => throw new InvalidOperationException($"'{name}' is not wired into this build yet (no implementation was supplied)"),
            _ => throw new KeyNotFoundException($"no job called '{name}'; try one of: {string.Join(", ", RunnableNames())}"),
        };
        var id = Context.Db.StartRun(name, "manual-" + Guid.NewGuid().ToString("N"), "cli", 1, DateTimeOffset.UtcNow);
        try
        {
            var r = await work();
            Context.Db.FinishRun(id, r.Status, r.Error, r.Detail, DateTimeOffset.UtcNow);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Context.Db.FinishRun(id, "failed", e.Message, null, DateTimeOffset.UtcNow);
        }
        return Context.Db.History(name, 1000).Last(r => r.Id == id);
    }

    public async ValueTask DisposeAsync()
    {
        // Running jobs are told to stop; their firings go back to the store for the next start.
        await Scheduler.Shutdown(waitForJobsToComplete: true);
        await _factory.DisposeAsync();
        Context.Dispose();
        _lock?.Dispose();
    }
}
