using System.CommandLine;
using CaoMonitor.Cli;
using CaoMonitor.Cli.Commands;

// `caomonitor`: thin commands over the library. Every command takes --data (the store's folder).
// `caomonitor extract-child` is the isolated PDF parser the extraction stage starts (not for people):
// answered before the command tree is built, because its start-up is paid per child.
// Every text pattern's time limit (the regex default match timeout, read once by the first pattern): set before anything runs.
CaoMonitor.PatternBudget.Install();
MallocArenas.Limit();
if (args is [CaoMonitor.Extraction.ExtractionChild.Verb])
{
    // stdout carries the answers and nothing else: whatever a library might print goes to stderr.
    using var answers = Console.OpenStandardOutput();
    Console.SetOut(Console.Error);
    return CaoMonitor.Extraction.ExtractionChild.Serve(Console.In, answers);
}
var root = new RootCommand("CaoMonitor: reads Dutch cao's and policy documents, finds VWNW and LLO provisions, computes the monitor.");
root.Options.Add(CliOptions.Data);
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(DocumentsCommand.Create());
root.Subcommands.Add(ShowCommand.Create());
root.Subcommands.Add(RegistryCommand.Create());
root.Subcommands.Add(StatusCommand.Create());
root.Subcommands.Add(QualityCommand.Create());
// Search (issue 3); `bench search` joins the bench command.
root.Subcommands.Add(SearchCommand.Create());
root.Subcommands.Add(AnalyzeCommand.Create());
root.Subcommands.Add(IndexCommand.Create());
// Classification (issue 4) and the monitor (issue 5).
root.Subcommands.Add(ClassifyCommands.Classify());
root.Subcommands.Add(ClassifyCommands.Eval());
root.Subcommands.Add(ClassifyCommands.Reclassify());
root.Subcommands.Add(ReviewCommand.Create());
root.Subcommands.Add(MonitorCommand.Create());
root.Subcommands.Add(DiffCommand.Create());
// Scheduled jobs (issue 6).
root.Subcommands.Add(WorkerCommand.Create());
root.Subcommands.Add(JobsCommand.Create());
// Web UI (issue 7).
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(UsersCommand.Create());
var bench = BenchCommand.Create();
bench.Subcommands.Add(SearchCommand.CreateBenchSearch());
bench.Subcommands.Add(WebBenchCommand.Create());
bench.Subcommands.Add(BenchMoreCommands.Classify());
bench.Subcommands.Add(BenchMoreCommands.Monitor());
root.Subcommands.Add(bench);
return root.Parse(args).Invoke();
