using CaoMonitor.Domain;
using CaoMonitor.Registry;

namespace CaoMonitor.Storage;

public sealed partial class CaoStore
{
    /// <summary>Adds or updates registry rows; a field missing in the new row keeps its stored value.</summary>
    public int UpsertRegistry(IEnumerable<RegistryEntry> entries) => Write((db, tx) =>
    {
        int n = 0;
        foreach (var e in entries)
        {
            var v = e.Version;
            using var cmd = Command(db, tx, """
                INSERT INTO registry (id, agreement_id, name, type, sector, parties, start_date, end_date, avv, employees,
                                      employees_cao, employees_avv, cao_code, sbi_code, file, source)
                VALUES ($id, $agreement, $name, $type, $sector, $parties, $start, $end, $avv, $employees,
                        $ecao, $eavv, $code, $sbi, $file, $source)
                ON CONFLICT(id) DO UPDATE SET
                    agreement_id = excluded.agreement_id,
                    name = coalesce(excluded.name, name), type = coalesce(excluded.type, type),
                    sector = coalesce(excluded.sector, sector), parties = coalesce(excluded.parties, parties),
                    start_date = coalesce(excluded.start_date, start_date), end_date = coalesce(excluded.end_date, end_date),
                    avv = coalesce(excluded.avv, avv), employees = coalesce(excluded.employees, employees),
                    employees_cao = coalesce(excluded.employees_cao, employees_cao),
                    employees_avv = coalesce(excluded.employees_avv, employees_avv),
                    cao_code = coalesce(excluded.cao_code, cao_code), sbi_code = coalesce(excluded.sbi_code, sbi_code),
                    file = coalesce(excluded.file, file), source = excluded.source
                """,
                ("$id", v.Id), ("$agreement", v.AgreementId), ("$name", v.Name.Length == 0 ? null : v.Name),
                ("$type", e.TypeKnown ? v.Type.Code() : null), ("$sector", v.Sector), ("$parties", v.Parties),
                ("$start", Iso(v.Start)), ("$end", Iso(v.End)), ("$avv", v.Avv), ("$employees", v.Employees),
                ("$ecao", e.EmployeesCao), ("$eavv", e.EmployeesAvv), ("$code", e.CaoCode), ("$sbi", e.SbiCode),
                ("$file", v.File), ("$source", e.Source));
            n += cmd.ExecuteNonQuery();
        }
        return n;
    });

    /// <summary>The registry row for a source file: by its path as the registry names it, else by file name.</summary>
    public RegistryEntry? FindRegistryByFile(string relativePath)
    {
        var norm = relativePath.Replace('\\', '/');
        return QueryRegistry("WHERE file = $f", ("$f", norm)).FirstOrDefault()
               ?? QueryRegistry("WHERE file = $f OR file LIKE $suffix ESCAPE '\\'",
                   ("$f", Path.GetFileName(norm)), ("$suffix", "%/" + Escape(Path.GetFileName(norm)))).FirstOrDefault();
    }

    public RegistryEntry? GetRegistry(string id) => QueryRegistry("WHERE id = $id", ("$id", id)).FirstOrDefault();

    public IReadOnlyList<RegistryEntry> ListRegistry() => QueryRegistry("ORDER BY id");

    private static string Escape(string like) => like.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    private List<RegistryEntry> QueryRegistry(string where, params (string, object?)[] args) => Query($"""
            SELECT id, agreement_id, name, type, sector, parties, start_date, end_date, avv, employees,
                   employees_cao, employees_avv, cao_code, sbi_code, file, source
            FROM registry {where}
            """, r =>
        {
            var type = DocumentTypes.Parse(Str(r[3]));
            var v = new CaoVersion(r.GetString(0), r.GetString(1), Str(r[2]) ?? "", type ?? DocumentType.Sector, Str(r[4]), Str(r[5]),
                Date(r[6]), Date(r[7]), r[8] is DBNull ? null : r.GetInt64(8) != 0, Int(r[9]), Str(r[14]));
            return new RegistryEntry(v, r.GetString(15)) { TypeKnown = type is not null, EmployeesCao = Int(r[10]), EmployeesAvv = Int(r[11]), CaoCode = Str(r[12]), SbiCode = Str(r[13]) };
        }, args);
}
