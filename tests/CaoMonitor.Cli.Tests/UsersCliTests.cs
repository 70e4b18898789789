using CaoMonitor.Tests.Support;
namespace CaoMonitor.Cli.Tests;

public class UsersCliTests
{
    [Fact]
    public void UsersAddReadsThePasswordFromStdinAndListShowsTheRole()
    {
        using var tmp = new TempDir();
        var data = Path.Combine(tmp.Path, "data");
        var add = CliProcess.RunWithInput("een-lang-wachtwoord\n", "users", "add", "ria", "--role", "analyst", "--data", data);
        Assert.True(add.ExitCode == 0, add.Stderr);
        Assert.DoesNotContain("een-lang-wachtwoord", add.Stdout + add.Stderr);
        Assert.DoesNotContain("een-lang-wachtwoord", File.ReadAllText(Path.Combine(data, "users.db"), System.Text.Encoding.Latin1));

        var list = CliProcess.Run("users", "list", "--data", data);
        Assert.Equal(0, list.ExitCode);
        Assert.Matches(@"ria\s+.*analyst", list.Stdout);

        var shortPassword = CliProcess.RunWithInput("kort\n", "users", "add", "piet", "--role", "admin", "--data", data);
        Assert.Equal(2, shortPassword.ExitCode);
        var badRole = CliProcess.RunWithInput("een-lang-wachtwoord\n", "users", "add", "piet", "--role", "baas", "--data", data);
        Assert.Equal(2, badRole.ExitCode);
        Assert.Contains("unknown role", badRole.Stderr);
        Assert.Equal(0, CliProcess.Run("users", "remove", "ria", "--data", data).ExitCode);
        Assert.NotEqual(0, CliProcess.Run("users", "remove", "ria", "--data", data).ExitCode);
    }
}
