using System.Buffers.Binary;
using System.Text;
using Microsoft.Data.Sqlite;

namespace CompatRules.Collectors.Tests.Packages;

/// <summary>Builds an <c>rpmdb.sqlite</c> as rpm 4.16+ lays it out (lib/backend/sqlite.c: a <c>Packages</c> table of
/// header blobs keyed by <c>hnum</c>, one index table per indexed tag, WAL journal mode) with headers built here in
/// rpm's on-disk header format (an immutable region entry first, then the tags), so no distribution is shipped.</summary>
internal static class RpmTestDatabase
{
    public sealed record Package(string Name, long? Epoch, string Version, string Release, string Arch);

    /// <summary>Packages as a RHEL 9.5 node has them (versions from the RHEL 9.5 BaseOS and AppStream repositories).</summary>
    public static readonly Package[] Rhel95 =
    [
        new("iptables-nft", null, "1.8.10", "11.el9_5", "x86_64"),
        new("iptables-libs", null, "1.8.10", "11.el9_5", "x86_64"),
        new("nftables", 1, "1.0.9", "3.el9", "x86_64"),
        new("systemd", null, "252", "46.el9_5.2", "x86_64"),
        new("kernel-modules-extra", null, "5.14.0", "503.14.1.el9_5", "x86_64"),
        new("kernel-modules-extra", null, "5.14.0", "427.13.1.el9_4", "x86_64"),
        new("conntrack-tools", null, "1.4.7", "2.el9", "x86_64"),
        new("openvswitch3.3", null, "3.3.0", "49.el9fdp", "x86_64"),
        new("bash", null, "5.1.8", "9.el9", "x86_64"),
        new("gpg-pubkey", null, "fd431d51", "4ae0493b", ""),
    ];

    /// <summary>Writes the database to <paramref name="path"/>.</summary>
    public static void Write(string path, IEnumerable<Package> packages, Func<Package, byte[]>? blob = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = WAL");
            Execute(connection, "CREATE TABLE IF NOT EXISTS 'Packages' (hnum INTEGER PRIMARY KEY AUTOINCREMENT, blob BLOB NOT NULL)");
            Execute(connection, "CREATE TABLE IF NOT EXISTS 'Name' (key TEXT NOT NULL, hnum INTEGER NOT NULL, idx INTEGER NOT NULL, FOREIGN KEY (hnum) REFERENCES 'Packages'(hnum))");
            Execute(connection, "CREATE INDEX IF NOT EXISTS 'Name_key_idx' ON 'Name'(key ASC)");
            Execute(connection, "PRAGMA user_version = 1");
            foreach (var package in packages)
            {
                using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO Packages (blob) VALUES ($blob); INSERT INTO Name (key, hnum, idx) VALUES ($name, last_insert_rowid(), 0)";
                insert.Parameters.AddWithValue("$blob", (blob ?? Header)(package));
                insert.Parameters.AddWithValue("$name", package.Name);
                insert.ExecuteNonQuery();
            }
        }
    }

    /// <summary>An rpm header blob: il, dl, the region entry (tag 63), NAME, VERSION, RELEASE, EPOCH, ARCH, the data.</summary>
    public static byte[] Header(Package package)
    {
        var entries = new List<(int Tag, int Type, byte[] Data, int Count)>();
        void String(int tag, string value) => entries.Add((tag, 6, [.. Encoding.UTF8.GetBytes(value), 0], 1));
        String(1000, package.Name);
        String(1001, package.Version);
        String(1002, package.Release);
        if (package.Epoch is { } epoch)
        {
            var bytes = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(bytes, (int)epoch);
            entries.Add((1003, 4, bytes, 1));
        }

        if (package.Arch.Length > 0)
        {
            String(1022, package.Arch);
        }

        String(1004, package.Name + " summary");
        var il = entries.Count + 1;
        var data = new MemoryStream();
        var index = new List<byte[]>();
        foreach (var (tag, type, bytes, count) in entries)
        {
            while (type == 4 && data.Length % 4 != 0)
            {
                data.WriteByte(0);
            }

            index.Add(Entry(tag, type, (int)data.Length, count));
            data.Write(bytes);
        }

        var trailer = Entry(63, 7, -(il * 16), 16);
        var regionOffset = (int)data.Length;
        data.Write(trailer);
        var blob = new MemoryStream();
        blob.Write(Int(il));
        blob.Write(Int((int)data.Length));
        blob.Write(Entry(63, 7, regionOffset, 16));
        foreach (var entry in index)
        {
            blob.Write(entry);
        }

        blob.Write(data.ToArray());
        return blob.ToArray();
    }

    private static byte[] Entry(int tag, int type, int offset, int count) => [.. Int(tag), .. Int(type), .. Int(offset), .. Int(count)];

    private static byte[] Int(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
