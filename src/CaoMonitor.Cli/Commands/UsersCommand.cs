using System.CommandLine;
using CaoMonitor.Web;
using Spectre.Console;

namespace CaoMonitor.Cli.Commands;

/// <summary>`caomonitor users add|list|remove`: web accounts in data/users.db. Passwords come from stdin, never from arguments.</summary>
internal static class UsersCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "User name (no spaces)" };
        var role = new Option<string>("--role") { Description = "viewer, analyst or admin", DefaultValueFactory = _ => Roles.Viewer };
        var add = new Command("add", "Add a user, or set the role and password of an existing one; the password is read from stdin (first line)") { name, role };
        add.SetAction(pr =>
        {
            if (!Console.IsInputRedirected) Console.Error.Write("Password: ");
            var password = Console.In.ReadLine() ?? "";
            try
            {
                var u = Store(pr).Set(pr.GetValue(name)!, pr.GetValue(role)!, password);
                Console.WriteLine($"user {u.Name} ({u.Role}) saved");
                return 0;
            }
            catch (ArgumentException e) { return CliOptions.Fail(e.Message); }
        });

        var list = new Command("list", "List web users and their roles");
        list.SetAction(pr =>
        {
            var t = new Table().AddColumns("name", "role", "created");
            foreach (var u in Store(pr).List()) t.AddRow(Spectre.Console.Markup.Escape(u.Name), u.Role, u.CreatedAt);
            AnsiConsole.Write(t);
            return 0;
        });

        var removeName = new Argument<string>("name") { Description = "User name" };
        var remove = new Command("remove", "Remove a user") { removeName };
        remove.SetAction(pr => Store(pr).Remove(pr.GetValue(removeName)!) ? 0 : CliOptions.Fail($"no user '{pr.GetValue(removeName)}'"));

        return new Command("users", "Web users (roles: viewer reads, analyst reviews labels, admin uploads and runs jobs)") { add, list, remove };
    }

    private static UserStore Store(ParseResult pr) => new(pr.GetValue(CliOptions.Data)!.FullName);
}
