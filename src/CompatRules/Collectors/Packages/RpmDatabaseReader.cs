using System.Runtime.InteropServices;
using CompatRules.Collectors.Files;
using CompatRules.Versions;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CompatRules.Collectors.Packages;

/// <summary>Reads the packages of an RPM sqlite database (<c>rpmdb.sqlite</c>, rpm 4.16+) from its bytes: SQLite
/// never opens a file. The bytes, read by the confined host reader, are handed to an in-memory connection with
/// <c>sqlite3_deserialize(SQLITE_DESERIALIZE_READONLY)</c>: read-only and immutable, so no journal, WAL or
/// <c>-shm</c> file is ever written or even looked for, and no lock is taken on the node's database.</summary>
/// <remarks>A database left in WAL mode (header bytes 18-19 = 2, as rpm leaves it) is read as a rollback-journal
/// database (those two bytes are set to 1 in the copy): the main file holds every checkpointed transaction.</remarks>
internal static class RpmDatabaseReader
{
    private const int DeserializeReadOnly = 4;
    private static readonly byte[] Magic = "SQLite format 3\0"u8.ToArray();

    static RpmDatabaseReader() => Batteries_V2.Init();

    /// <summary>The packages in <paramref name="database"/> whose name <paramref name="wanted"/> accepts.</summary>
    /// <exception cref="CollectorParseException">Not an SQLite database, no <c>Packages</c> table, or a header that
    /// is not well formed (with the header number as the line).</exception>
    public static List<InstalledPackage> Read(byte[] database, string path, Func<string, bool> wanted)
    {
        if (database.Length < 100 || !database.AsSpan(0, 16).SequenceEqual(Magic))
        {
            throw new CollectorParseException(path, 1, "not an SQLite database (no 'SQLite format 3' header)");
        }

        var copy = (byte[])database.Clone();
        if (copy[18] == 2 && copy[19] == 2)
        {
            copy[18] = 1;
            copy[19] = 1;
        }

        var memory = Marshal.AllocHGlobal(copy.Length);
        try
        {
            Marshal.Copy(copy, 0, memory, copy.Length);
            using var connection = new SqliteConnection("Data Source=:memory:");
            connection.Open();
            var rc = raw.sqlite3_deserialize(connection.Handle!, "main", memory, copy.Length, copy.Length, DeserializeReadOnly);
            if (rc != raw.SQLITE_OK)
            {
                throw new CollectorParseException(path, 1, $"SQLite could not take the database ({raw.sqlite3_errstr(rc).utf8_to_string()})");
            }

            return Packages(connection, path, wanted);
        }
        catch (SqliteException e)
        {
            throw new CollectorParseException(path, 1, $"not a readable rpm database: {e.Message}");
        }
        finally
        {
            Marshal.FreeHGlobal(memory);
        }
    }

    private static List<InstalledPackage> Packages(SqliteConnection connection, string path, Func<string, bool> wanted)
    {
        using (var check = connection.CreateCommand())
        {
            check.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'Packages'";
            if (Convert.ToInt64(check.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                throw new CollectorParseException(path, 1, "not an rpm database: it has no Packages table");
            }
        }

        var packages = new List<InstalledPackage>();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT hnum, blob FROM Packages ORDER BY hnum";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var hnum = reader.IsDBNull(0) ? 0 : reader.GetInt64(0);
            if (reader.IsDBNull(1) || reader.GetValue(1) is not byte[] blob)
            {
                throw new CollectorParseException(path, Line(hnum), $"header {hnum} is not a blob");
            }

            (string Name, long? Epoch, string Version, string? Release, string? Arch) header;
            try
            {
                header = RpmHeaderParser.Read(blob);
            }
            catch (FormatException e)
            {
                throw new CollectorParseException(path, Line(hnum), $"header {hnum}: {e.Message}");
            }

            if (!wanted(header.Name) || header.Name == "gpg-pubkey")
            {
                continue;
            }

            try
            {
                packages.Add(new InstalledPackage(header.Name, PackageVersion.FromRpmTags(header.Epoch, header.Version, header.Release), header.Arch, hnum));
            }
            catch (VersionFormatException e)
            {
                throw new CollectorParseException(path, Line(hnum), $"header {hnum} ({header.Name}): {e.Message}");
            }
        }

        return packages;
    }

    private static int Line(long hnum) => (int)Math.Clamp(hnum, 1, int.MaxValue);
}
