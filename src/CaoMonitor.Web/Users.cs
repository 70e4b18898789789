using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;

namespace CaoMonitor.Web;

/// <summary>The three roles, each including what the one before may do.</summary>
public static class Roles
{
    public const string Viewer = "viewer";
    public const string Analyst = "analyst";
    public const string Admin = "admin";
    public static readonly IReadOnlyList<string> All = [Viewer, Analyst, Admin];

    public static string? Parse(string? s) => All.FirstOrDefault(r => r.Equals(s?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Dutch(string role) => role switch
    {
        Admin => "beheerder",
        Analyst => "analist",
        _ => "lezer",
    };
}

public sealed record WebUser(string Name, string Role, string CreatedAt);

/// <summary>
/// Web users in their own small SQLite file (data/users.db), so the document store never holds
/// credentials. Passwords are stored as ASP.NET Core Identity password hashes (PBKDF2, salted).
/// </summary>
public sealed class UserStore
{
    public const string FileName = "users.db";
    private const int MaxNameLength = 64;
    public const int MinPasswordLength = 8;
    private readonly string _connectionString;
    private readonly PasswordHasher<WebUser> _hasher = new();

    public UserStore(string dataDir)
    {
        Directory.CreateDirectory(dataDir);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDir, FileName), Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true,
        }.ToString();
        using var db = Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = """
            CREATE TABLE IF NOT EXISTS users (
                name TEXT PRIMARY KEY COLLATE NOCASE,
                role TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
                password_hash TEXT NOT NULL,
                created_at TEXT NOT NULL
            );
            """;
        cmd.ExecuteNonQuery();
    }

    private SqliteConnection Open()
    {
        var db = new SqliteConnection(_connectionString);
        db.Open();
        return db;
    }

    /// <summary>Adds a user or replaces the role and password of an existing one.</summary>
    public WebUser Set(string name, string role, string password)
    {
        name = name.Trim();
        if (name.Length == 0 || name.Length > MaxNameLength || name.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
            throw new ArgumentException($"a user name is 1 to {MaxNameLength} characters without spaces");
        var r = Roles.Parse(role) ?? throw new ArgumentException($"unknown role '{role}' (viewer, analyst or admin)");
        if (password.Length < MinPasswordLength) throw new ArgumentException($"a password needs at least {MinPasswordLength} characters");
        var user = new WebUser(name, r, DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        using var db = Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = """
            INSERT INTO users (name, role, password_hash, created_at) VALUES ($n, $r, $h, $c)
            ON CONFLICT (name) DO UPDATE SET role = $r, password_hash = $h
            """;
        cmd.Parameters.AddWithValue("$n", name);
        cmd.Parameters.AddWithValue("$r", r);
        cmd.Parameters.AddWithValue("$h", _hasher.HashPassword(user, password));
        cmd.Parameters.AddWithValue("$c", user.CreatedAt);
        cmd.ExecuteNonQuery();
        return user;
    }

    public bool Remove(string name)
    {
        using var db = Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "DELETE FROM users WHERE name = $n";
        cmd.Parameters.AddWithValue("$n", name.Trim());
        return cmd.ExecuteNonQuery() > 0;
    }

    public IReadOnlyList<WebUser> List()
    {
        using var db = Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT name, role, created_at FROM users ORDER BY name";
        using var r = cmd.ExecuteReader();
        var list = new List<WebUser>();
        while (r.Read()) list.Add(new WebUser(r.GetString(0), r.GetString(1), r.GetString(2)));
        return list;
    }

    /// <summary>The user when the password is right, else null. A rehash request upgrades the stored hash.</summary>
    public WebUser? Verify(string name, string password)
    {
        if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(password) || name.Length > MaxNameLength) return null;
        using var db = Open();
        string hash;
        WebUser user;
        using (var cmd = db.CreateCommand())
        {
            cmd.CommandText = "SELECT name, role, created_at, password_hash FROM users WHERE name = $n";
            cmd.Parameters.AddWithValue("$n", name.Trim());
            using var r = cmd.ExecuteReader();
            if (!r.Read())
            {
                // Same work as a real check, so a wrong name is not faster to find out than a wrong password.
                _hasher.VerifyHashedPassword(new WebUser("", "", ""), DummyHash.Value, password);
                return null;
            }
            user = new WebUser(r.GetString(0), r.GetString(1), r.GetString(2));
            hash = r.GetString(3);
        }
        var result = _hasher.VerifyHashedPassword(user, hash, password);
        if (result == PasswordVerificationResult.Failed) return null;
        if (result == PasswordVerificationResult.SuccessRehashNeeded) Set(user.Name, user.Role, password);
        return user;
    }

    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<WebUser>().HashPassword(new WebUser("", "", ""), Guid.NewGuid().ToString()));
}
