using CompatRules.Collectors.Files;
using CompatRules.Facts;

namespace CompatRules.Collectors.Packages;

/// <summary>
/// Reports the host packages named in <see cref="CollectorOptions.Packages"/> that the node's package databases list
/// as installed: dpkg's <c>/var/lib/dpkg/status</c> and RPM's <c>rpmdb.sqlite</c> (<c>/var/lib/rpm</c>,
/// <c>/usr/lib/sysimage/rpm</c>, <c>/usr/share/rpm</c>), each a <see cref="HostPackage"/> keyed <c>package:NAME</c>.
/// </summary>
/// <remarks>
/// Read-only through the confined host reader (SQLite gets the bytes, never the path: <see cref="RpmDatabaseReader"/>),
/// capped at <see cref="CollectorOptions.MaxPackageDatabaseBytes"/>. Status <c>package:*</c>: Collected when every
/// database found was read (a listed package with no fact is then not installed); NotCollected when there is none,
/// or only a Berkeley DB (RHEL 7/8 <c>Packages</c>) or ndb (SUSE <c>Packages.db</c>) database, which are not read;
/// PermissionDenied / Error naming the database that failed (the other's packages are kept; absent ones stay unknown).
/// </remarks>
public sealed class PackageCollector : ICollector
{
    /// <summary>The collector's name.</summary>
    public const string CollectorName = "packages";

    /// <summary>dpkg's database of installed packages.</summary>
    internal const string DpkgStatus = "/var/lib/dpkg/status";

    /// <summary>Where rpm keeps <c>rpmdb.sqlite</c>: RHEL 9 and Amazon Linux 2023, Fedora 36+ and openSUSE (often the
    /// same file through the <c>/var/lib/rpm</c> link), rpm-ostree systems (RHCOS, Fedora CoreOS). The first found is read.</summary>
    internal static readonly string[] RpmDirectories = ["/var/lib/rpm", "/usr/lib/sysimage/rpm", "/usr/share/rpm"];

    private static readonly string Subject = HostPackage.KeyPrefix + "*";

    /// <inheritdoc />
    public string Name => CollectorName;

    /// <inheritdoc />
    public IReadOnlyList<string> Subjects { get; } = [Subject];

    /// <inheritdoc />
    public Task<CollectorResult> CollectAsync(CollectorContext context, CancellationToken ct) => CollectorPreamble.Run(this, context, ct, Collect);

    private static CollectorResult Collect(CollectorScope scope, CancellationToken ct)
    {
        var (context, builder, reader) = (scope.Context, scope.Builder, scope.Host);
        var wanted = PackageNames.Matcher(context.Options.Packages);
        var cap = context.Options.MaxPackageDatabaseBytes;
        var read = new List<string>();
        var notRead = new List<string>();
        (CollectionState State, string Reason)? problem = null;

        var dpkg = reader.ReadBytes(DpkgStatus, cap);
        if (dpkg.Result.State != CollectionState.Absent)
        {
            problem = Read(builder, dpkg, PackageSource.Dpkg, read, (bytes, path) => DpkgStatusParser.Parse(System.Text.Encoding.UTF8.GetString(bytes), path, wanted));
        }

        ct.ThrowIfCancellationRequested();
        var sqlite = RpmDirectories.Select(d => reader.ReadBytes(d + "/rpmdb.sqlite", cap)).FirstOrDefault(r => r.Result.State != CollectionState.Absent);
        if (sqlite.Result is not null)
        {
            problem ??= Read(builder, sqlite, PackageSource.Rpm, read, (bytes, path) => RpmDatabaseReader.Read(bytes, path, wanted));
        }
        else
        {
            foreach (var other in RpmDirectories.SelectMany(d => new[] { d + "/Packages", d + "/Packages.db" }))
            {
                if (reader.ReadBytes(other, 0).Result.State != CollectionState.Absent && !notRead.Contains(context.HostRoot.Resolve(other)))
                {
                    notRead.Add(context.HostRoot.Resolve(other));
                }
            }
        }

        if (problem is { } p)
        {
            builder.Status(Subject, p.State, p.Reason + "; the package list of this node is incomplete");
        }
        else if (read.Count > 0)
        {
            builder.Status(Subject, CollectionState.Collected, notRead.Count == 0 ? null : $"read {string.Join(", ", read)}; not read: {string.Join(", ", notRead)}");
        }
        else if (notRead.Count > 0)
        {
            builder.Status(Subject, CollectionState.NotCollected,
                $"{string.Join(", ", notRead)}: a Berkeley DB (RHEL/CentOS 7 and 8) or ndb (SUSE) rpm database, which is not read (only rpmdb.sqlite is); pass --assume for the packages a rule needs");
        }
        else
        {
            builder.Status(Subject, CollectionState.NotCollected,
                $"no package database under {context.HostRoot.Root}: neither {DpkgStatus} nor rpmdb.sqlite in {string.Join(", ", RpmDirectories)} (image-based systems such as Flatcar, Talos or Bottlerocket keep none)");
        }

        return builder.Build();
    }

    private static (CollectionState, string)? Read(CollectorResultBuilder builder, (FileReadResult Result, byte[]? Bytes) file, PackageSource source, List<string> read,
        Func<byte[], string, List<InstalledPackage>> parse)
    {
        if (file.Bytes is null)
        {
            return (file.Result.State, file.Result.Reason!);
        }

        List<InstalledPackage> packages;
        try
        {
            packages = parse(file.Bytes, file.Result.Path);
        }
        catch (CollectorParseException e)
        {
            return (CollectionState.Error, e.Message);
        }

        read.Add(file.Result.Path);
        foreach (var package in packages)
        {
            var where = source == PackageSource.Dpkg ? $"line {package.Line}" : $"header {package.Line}";
            builder.AddFactOnly(new HostPackage(package.Name, package.Version, package.Architecture, source) { Provenance = Provenance.FromFile(file.Result.Path, where) });
        }

        return null;
    }
}
