using CompatRules.Collectors.Packages;
using CompatRules.Collectors.Tests.Faults;
using CompatRules.Collectors.Tests.Support;
using CompatRules.Facts;
using CompatRules.Versions;

namespace CompatRules.Collectors.Tests.Packages;

public sealed class PackageCollectorTest : IDisposable
{
    private const string Subject = "package:*";
    private readonly FaultTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "packages", name));

    private CollectorResult Collect() => new PackageCollector().CollectAsync(_tree.Context(), CancellationToken.None).GetAwaiter().GetResult();

    private static string Describe(CollectorResult result)
        => string.Join("; ", result.Facts.OfType<HostPackage>().Select(p => $"{p.Name} {p.Version} {p.Architecture}").Order(StringComparer.Ordinal));

    [LinuxFact]
    public void Collect_DebianDpkgStatus_GivesTheListedInstalledPackages()
    {
        _tree.Write(PackageCollector.DpkgStatus, Fixture("debian-12.dpkg-status"));

        var result = Collect();

        Assert.Equal(
            "iptables 1.8.9-2 amd64; libnftables1 1.0.6-2+deb12u2 amd64; libxtables12 1.8.9-2 amd64; libxtables12 1.8.9-2 i386; nftables 1.0.6-2+deb12u2 amd64; "
            + "openvswitch-switch 3.1.0-2+deb12u1 amd64; systemd 252.38-1~deb12u1 amd64",
            Describe(result));
        var iptables = Assert.Single(result.Facts.OfType<HostPackage>(), p => p.Name == "iptables");
        Assert.Equal((PackageSource.Dpkg, PackageVersionScheme.Dpkg), (iptables.Source, iptables.Version.Scheme));
        Assert.Equal(new Provenance(SourceKind.File, _tree.PathOf(PackageCollector.DpkgStatus), "line 35"), iptables.Provenance);
        Assert.True(iptables.Version.IsBefore("1.8.10"));
        Assert.Equal("package:iptables", iptables.Key);
        Assert.Equal(CollectionState.Collected, Assert.Single(result.Statuses).State);
    }

    [LinuxFact]
    public void Collect_Rhel9RpmSqliteDatabase_GivesTheListedPackagesReadOnly()
    {
        var database = _tree.PathOf("/var/lib/rpm/rpmdb.sqlite");
        RpmTestDatabase.Write(database, RpmTestDatabase.Rhel95);
        var before = File.ReadAllBytes(database);
        var entries = Directory.GetFileSystemEntries(Path.GetDirectoryName(database)!).Order(StringComparer.Ordinal).ToArray();

        var result = Collect();

        Assert.Equal(
            "conntrack-tools 1.4.7-2.el9 x86_64; iptables-libs 1.8.10-11.el9_5 x86_64; iptables-nft 1.8.10-11.el9_5 x86_64; kernel-modules-extra 5.14.0-427.13.1.el9_4 x86_64; "
            + "kernel-modules-extra 5.14.0-503.14.1.el9_5 x86_64; nftables 1:1.0.9-3.el9 x86_64; openvswitch3.3 3.3.0-49.el9fdp x86_64; systemd 252-46.el9_5.2 x86_64",
            Describe(result));
        var nftables = Assert.Single(result.Facts.OfType<HostPackage>(), p => p.Name == "nftables");
        Assert.Equal((1L, PackageSource.Rpm), (nftables.Version.Epoch, nftables.Source));
        Assert.True(nftables.Version.IsAtLeast("1:1.0.9"));
        Assert.Equal(new Provenance(SourceKind.File, database, "header 3"), nftables.Provenance);
        Assert.Equal(CollectionState.Collected, Assert.Single(result.Statuses).State);
        Assert.Equal(before, File.ReadAllBytes(database));
        Assert.Equal(entries, Directory.GetFileSystemEntries(Path.GetDirectoryName(database)!).Order(StringComparer.Ordinal).ToArray());
    }

    [LinuxFact]
    public void Collect_FedoraLayout_ReadsRpmdbThroughTheVarLibRpmLink()
    {
        RpmTestDatabase.Write(_tree.PathOf("/usr/lib/sysimage/rpm/rpmdb.sqlite"), [new("iptables-nft", null, "1.8.10", "7.fc40", "x86_64")]);
        _tree.Link("/var/lib/rpm", "../../usr/lib/sysimage/rpm");

        var package = Assert.Single(Collect().Facts.OfType<HostPackage>());

        Assert.Equal(_tree.PathOf("/var/lib/rpm/rpmdb.sqlite"), package.Provenance.Location);
    }

    [LinuxFact]
    public void Collect_HostileLinksOutOfTheRoot_AreReRootedAndReadNothingOutside()
    {
        var outside = Path.Combine(Path.GetDirectoryName(_tree.Root)!, Path.GetFileName(_tree.Root) + "-outside");
        Directory.CreateDirectory(outside);
        try
        {
            File.WriteAllText(Path.Combine(outside, "status"), Fixture("debian-12.dpkg-status"));
            _tree.Link(PackageCollector.DpkgStatus, $"../../../../{Path.GetFileName(outside)}/status");
            _tree.Link("/var/lib/rpm", outside);

            var result = Collect();

            Assert.Empty(result.Facts);
            Assert.Equal(CollectionState.NotCollected, Assert.Single(result.Statuses).State);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [LinuxTheory]
    [InlineData("/var/lib/rpm/Packages", "a Berkeley DB (RHEL/CentOS 7 and 8)")]
    [InlineData("/usr/lib/sysimage/rpm/Packages.db", "or ndb (SUSE) rpm database, which is not read")]
    public void Collect_BerkeleyDbOrNdbOnly_IsNotCollectedWithTheReason(string path, string reason)
    {
        _tree.WriteBytes(path, [0x00, 0x06, 0x15, 0x61, 0, 0, 0, 0]);

        var status = Assert.Single(Collect().Statuses);

        Assert.Equal(CollectionState.NotCollected, status.State);
        Assert.Contains(_tree.PathOf(path), status.Reason, StringComparison.Ordinal);
        Assert.Contains(reason, status.Reason, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void Collect_NoPackageDatabase_IsNotCollected()
    {
        var status = Assert.Single(Collect().Statuses);

        Assert.Equal((Subject, CollectionState.NotCollected), (status.Subject, status.State));
        Assert.Contains("no package database", status.Reason, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void Collect_DpkgFineRpmBroken_KeepsDpkgPackagesAndSaysTheListIsIncomplete()
    {
        _tree.Write(PackageCollector.DpkgStatus, Fixture("debian-12.dpkg-status"));
        _tree.Write("/var/lib/rpm/rpmdb.sqlite", "not a database");

        var result = Collect();

        Assert.NotEmpty(result.Facts.OfType<HostPackage>());
        var status = Assert.Single(result.Statuses);
        Assert.Equal(CollectionState.Error, status.State);
        Assert.Equal($"{_tree.PathOf("/var/lib/rpm/rpmdb.sqlite")}:1: not an SQLite database (no 'SQLite format 3' header); the package list of this node is incomplete", status.Reason);
    }

    [LinuxTheory]
    [InlineData("no Packages table")]
    [InlineData("a header past its end")]
    [InlineData("a header with a bad release")]
    public void Collect_BrokenRpmDatabase_IsAnErrorNamingTheHeader(string fault)
    {
        var database = _tree.PathOf("/var/lib/rpm/rpmdb.sqlite");
        if (fault == "no Packages table")
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False");
            Directory.CreateDirectory(Path.GetDirectoryName(database)!);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE Other (x)";
            command.ExecuteNonQuery();
        }
        else
        {
            RpmTestDatabase.Write(database, [new("iptables-nft", null, "1.8.10", fault == "a header with a bad release" ? "11 el9" : "11.el9_5", "x86_64")],
                fault == "a header past its end" ? p => RpmTestDatabase.Header(p)[..40] : null);
        }

        var status = Assert.Single(Collect().Statuses);

        Assert.Equal(CollectionState.Error, status.State);
        Assert.Contains(fault switch
        {
            "no Packages table" => "not an rpm database: it has no Packages table",
            "a header past its end" => ":1: header 1: the header needs",
            _ => ":1: header 1 (iptables-nft): '1.8.10-11 el9' is not a valid version: the release has the character ' '",
        }, status.Reason, StringComparison.Ordinal);
    }
}
