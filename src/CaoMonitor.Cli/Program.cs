using System.CommandLine;
using CaoMonitor.Cli;
using CaoMonitor.Cli.Commands;

// `caomonitor`: thin commands over the library. Every command takes --data (the store's folder).
var root = new RootCommand("CaoMonitor: reads Dutch cao's and policy documents, finds VWNW and LLO provisions, computes the monitor.");
root.Options.Add(CliOptions.Data);
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(DocumentsCommand.Create());
root.Subcommands.Add(ShowCommand.Create());
root.Subcommands.Add(RegistryCommand.Create());
root.Subcommands.Add(WorkerCommand.Create());
root.Subcommands.Add(JobsCommand.Create());
return await root.Parse(args).InvokeAsync();
