namespace CaoMonitor.Storage;

/// <summary>
/// The tables of one stage, as an ordered list of migrations. The stage that owns the tables defines
/// them (Storage: documents, pages, clauses; Search: its index; Classification: labels and reviews);
/// the store applies the missing ones, one transaction each, and records per owner how far it got,
/// so an old data/ folder upgrades in place. Append new migrations; never edit one that has shipped.
/// </summary>
public sealed record StoreSchema(string Owner, IReadOnlyList<string> Migrations);
