using Microsoft.Data.Sqlite;

namespace CaoMonitor.Storage;

/// <summary>
/// The write transaction a document is stored in, handed to the clause writers so their rows commit
/// or roll back with the clauses. Opaque outside the library: stages run their own SQL through it,
/// faces cannot.
/// </summary>
public sealed class StoreTransaction
{
    internal StoreTransaction(SqliteConnection db, SqliteTransaction tx) { Db = db; Tx = tx; }

    internal SqliteConnection Db { get; }
    internal SqliteTransaction Tx { get; }

    internal SqliteCommand Command(string sql, params (string Name, object? Value)[] args) => CaoStore.Command(Db, Tx, sql, args);
}
