using System.CommandLine;

var data = new Option<DirectoryInfo>("--data") { Description = "Folder of the store", DefaultValueFactory = _ => new DirectoryInfo("data"), Recursive = true };
var root = new RootCommand("CaoMonitor");
root.Options.Add(data);
var docs = new Command("documents", "List documents");
docs.SetAction(pr => { Console.WriteLine(pr.GetValue(data)!.FullName); return 0; });
root.Subcommands.Add(docs);
return root.Parse(args).Invoke();
