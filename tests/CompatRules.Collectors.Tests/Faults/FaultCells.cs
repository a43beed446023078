using CompatRules.Collectors.Containers;
using CompatRules.Collectors.Host;
using CompatRules.Collectors.Interfaces;
using CompatRules.Collectors.Iptables;
using CompatRules.Collectors.Kernel;
using CompatRules.Collectors.Netlink;
using CompatRules.Collectors.Packages;
using CompatRules.Collectors.Sockets;
using CompatRules.Collectors.Tests.Support;
using CompatRules.Facts;
using static CompatRules.Facts.CollectionState;

namespace CompatRules.Collectors.Tests.Faults;

/// <summary>The fault matrix: every built-in collector under every fault that applies to it.</summary>
internal static class FaultCells
{
    private const int CapDacOverride = 1;
    private const int CapDacReadSearch = 2;
    private const string Garbage = "\u0001\u00ff\u0000garbage ::: ==== \"unterminated\n\t\t\0\0\0 CapEff:\tzz\n";
    // Long enough that a loaded CI machine never trips it (a FIFO is refused before any read, in microseconds);
    // a reader that blocked would still end in "timed out" instead of the expected status, failing the cell.
    private static readonly TimeSpan HangTimeout = TimeSpan.FromSeconds(5);

    private static readonly string ModulesStatus = KernelModules.FactKey;
    private const string ConnReuse = "sysctl:net.ipv4.vs.conn_reuse_mode";
    private const string ConnReusePath = "/proc/sys/net/ipv4/vs/conn_reuse_mode";
    private const string ContainerConfigPath = "/run/containerd/io.containerd.runtime.v2.task/k8s.io/0123abcd/config.json";
    private const string CrioConfigPath = "/run/containers/storage/overlay-containers/3f2e1d0c9b8a/userdata/config.json";
    private const string RpmDatabasePath = "/var/lib/rpm/rpmdb.sqlite";
    private const string KubeProxyConfigPath = "/var/lib/kubelet/pods/8c5b6a3e-4f1d-4a7e-9b2c-3d4e5f6a7b8c/volumes/kubernetes.io~configmap/kube-proxy/config.conf";

    public static IReadOnlyList<FaultCell> All { get; } =
    [
        .. FileCells(KernelCollector.CollectorName, new KernelCollector(), "/proc/modules", ModulesStatus,
            "nf_tables 266240 1 nft_compat, Live 0x0000000000000000\nip_ta", procAbsentApplies: true,
            (Error, "{root}/proc/modules:2: expected at least 6 fields"), (Error, "{root}/proc/modules:1: "),
            (Error, "no module list could be read: {root}/proc/modules does not exist")),
        .. FileCells(PackageCollector.CollectorName + " (dpkg)", new PackageCollector(), PackageCollector.DpkgStatus, "package:*",
            "Package: iptables\nStatus: install ok installed\nVersion: 1.8.9-", procAbsentApplies: false,
            (Error, $"{{root}}{PackageCollector.DpkgStatus}:3: package iptables: '1.8.9-' is not a valid version"),
            (Error, $"{{root}}{PackageCollector.DpkgStatus}:1: expected 'Field: value'"),
            (NotCollected, "no package database under {root}"), cap: CollectorOptions.DefaultMaxPackageDatabaseBytes),
        .. FileCells(PackageCollector.CollectorName + " (rpm)", new PackageCollector(), RpmDatabasePath, "package:*",
            "SQLite format 3\0\u0010\0", procAbsentApplies: false,
            (Error, $"{{root}}{RpmDatabasePath}:1: not an SQLite database"),
            (Error, $"{{root}}{RpmDatabasePath}:1: not an SQLite database"),
            (NotCollected, "no package database under {root}"), cap: CollectorOptions.DefaultMaxPackageDatabaseBytes),
        new(PackageCollector.CollectorName + " (rpm)", "truncated database (the first half of a real one)", t =>
            {
                Packages.RpmTestDatabase.Write(t.PathOf(RpmDatabasePath), Enumerable.Repeat(Packages.RpmTestDatabase.Rhel95, 40).SelectMany(p => p));
                var bytes = File.ReadAllBytes(t.PathOf(RpmDatabasePath));
                File.WriteAllBytes(t.PathOf(RpmDatabasePath), bytes[..(bytes.Length / 2)]);
                return Run(new PackageCollector(), t);
            },
            "package:*", Error, $"{{root}}{RpmDatabasePath}:1: not a readable rpm database: "),
        new(KernelCollector.CollectorName, "garbage /proc/config.gz", t => { t.Write("/proc/config.gz", Garbage); return Run(new KernelCollector(), t); },
            KernelConfig.FactKey, Error, "{root}/proc/config.gz: "),
        new(KernelCollector.CollectorName, "truncated /proc/config.gz", t => { t.WriteBytes("/proc/config.gz", TruncatedGzip()); return Run(new KernelCollector(), t); },
            KernelConfig.FactKey, Error, "{root}/proc/config.gz: the gzip stream is truncated or corrupt"),
        .. FileCells(OsReleaseCollector.CollectorName, new OsReleaseCollector(), "/etc/os-release", OsRelease.FactKey,
            "ID=\"ubuntu\nVERSION_ID=\"22.", procAbsentApplies: false,
            (Error, "{root}/etc/os-release: line 1 has an unterminated quote"), (Error, "{root}/etc/os-release: no KEY=value assignment")),
        .. FileCells(SysctlCollector.CollectorName, new SysctlCollector(), ConnReusePath, ConnReuse, string.Empty, procAbsentApplies: true,
            (Error, $"{{root}}{ConnReusePath} does not hold a sysctl value"), (Error, $"{{root}}{ConnReusePath} does not hold a sysctl value")),
        .. FileCells(CapabilitiesCollector.CollectorName, new CapabilitiesCollector(), "/proc/self/status", ProcessCapabilities.FactKey,
            "Name:\tdotnet\nCapInh:\t0000000000000000\nCapPrm:\t000001ffffffffff\nCapEff:\t000001ff", procAbsentApplies: true,
            (Error, "{root}/proc/self/status:4: CapEff value '000001ff' is not a 16-digit hexadecimal mask"), (Error, "{root}/proc/self/status has no CapEff line")),
        .. FileCells(IptablesCollector.CollectorName, new IptablesCollector(), IptablesCollector.Ipv4TablesPath, IptablesMode.FactKey, "mang", procAbsentApplies: true,
            (Collected, string.Empty), (Error, $"{{root}}{IptablesCollector.Ipv4TablesPath}: '"), (Collected, string.Empty)),
        .. FileCells(ContainerImageCollector.CollectorName, new ContainerImageCollector(), ContainerConfigPath, ComponentVersion.KeyPrefix + "*",
            "{\"annotations\": {\"io.kubernetes.cri.image-name\": ", procAbsentApplies: false,
            (Error, $"{{root}}{ContainerConfigPath}:"), (Error, $"{{root}}{ContainerConfigPath}:"),
            (NotCollected, "no containerd task directory")),
        .. FileCells(ContainerImageCollector.CollectorName + " (CRI-O)", new ContainerImageCollector(), CrioConfigPath, ComponentVersion.KeyPrefix + "*",
            "{\"annotations\": {\"io.kubernetes.cri-o.ImageName\": ", procAbsentApplies: false,
            (Error, $"{{root}}{CrioConfigPath}:"), (Error, $"{{root}}{CrioConfigPath}:"),
            (NotCollected, "no containerd task directory or CRI-O container directory")),
        .. FileCells(ContainerImageCollector.CollectorName + " (kube-proxy --config)", new ContainerImageCollector(), KubeProxyConfigPath, "setting:kube-proxy/mode",
            "kind: KubeProxyConfiguration\nmode: \"ipv", procAbsentApplies: false,
            (Error, $"{{root}}{KubeProxyConfigPath}:2: not a KubeProxyConfiguration"), (Error, $"{{root}}{KubeProxyConfigPath}:1: not a KubeProxyConfiguration"),
            (Error, $"{{root}}{KubeProxyConfigPath} does not exist"), setup: KubeProxyWithConfig),
        new(IptablesCollector.CollectorName, "netlink EPERM", t => ThreadCapabilities.RunWithout([ProcessCapabilities.NetAdmin],
                () => new IptablesCollector().CollectAsync(t.SelfContext(), CancellationToken.None).GetAwaiter().GetResult()),
            IptablesMode.FactKey, PermissionDenied, "EPERM"),
        new(IptablesCollector.CollectorName, "netlink reply truncated", t => Nft(t, r => ScriptedNetlink.Truncated(NftTables(r))), IptablesMode.FactKey, Error, "netlink message at byte "),
        new(IptablesCollector.CollectorName, "netlink unknown attribute", t => Nft(t, r => ScriptedNetlink.WithUnknownAttribute(NftTables(r), NftablesParser.MessageType(NftablesParser.MsgNewTable))),
            IptablesMode.FactKey, Collected, string.Empty),
        new(IptablesCollector.CollectorName, "probe timeout", t => Nft(t, _ => []), IptablesMode.FactKey, Error, "recv(netlink) timed out"),
        new(InterfaceCollector.CollectorName, "netlink EPERM", t => Links(t, r => ScriptedNetlink.Error(r, 1)), NetworkInterface.KeyPrefix + "*", PermissionDenied, "EPERM"),
        new(InterfaceCollector.CollectorName, "netlink reply truncated", t => Links(t, r => ScriptedNetlink.Truncated(ScriptedNetlink.Captured("rtm-getlink-vxlan.hex", r))),
            NetworkInterface.KeyPrefix + "*", Error, "netlink message at byte "),
        new(InterfaceCollector.CollectorName, "netlink unknown attribute", t => Links(t, r => ScriptedNetlink.WithUnknownAttribute(ScriptedNetlink.Captured("rtm-getlink-vxlan.hex", r), 16)),
            NetworkInterface.KeyPrefix + "*", Collected, string.Empty),
        new(InterfaceCollector.CollectorName, "probe timeout", t => Links(t, _ => []), NetworkInterface.KeyPrefix + "*", Error, "recv(netlink) timed out"),
        new(SocketProbeCollector.CollectorName, "EPERM (no CAP_NET_ADMIN/CAP_NET_RAW)",
            t => ThreadCapabilities.RunWithout([ProcessCapabilities.NetAdmin, ProcessCapabilities.NetRaw], () => Run(new SocketProbeCollector(), t)),
            SocketCapability.KeyFor(SocketProbes.TcpIpTransparent), PermissionDenied, "EPERM"),
        .. MultiSourceCells(),
        .. DefaultCollectors.Create(new CollectorOptions()).Select(c => new FaultCell(c.Name, "not Linux",
            t => c.CollectAsync(t.Context(isLinux: false), CancellationToken.None).GetAwaiter().GetResult(), c.Subjects[0], NotLinux, "the host is not Linux")),
    ];

    /// <summary>A fact read from several sources, one of which fails while the others are fine: the status must say
    /// so (never Collected with what the rest gave), unless the sources are documented alternatives.</summary>
    private static IEnumerable<FaultCell> MultiSourceCells()
    {
        const string Modules = "/proc/modules";
        const string LoadedIpTables = "ip_tables 32768 0 - Live 0x0000000000000000\n";
        var builtin = $"/lib/modules/{Release}/modules.builtin";
        var kernel = new KernelCollector();

        void OtherModuleSources(FaultTree t)
        {
            t.Write(builtin, "kernel/net/netfilter/nf_tables.ko\n");
            t.Directory("/sys/module/nf_tables");
        }

        CollectorResult Denied(FaultTree t) => ThreadCapabilities.RunWithout([CapDacOverride, CapDacReadSearch], () => Run(kernel, t));

        yield return new(KernelCollector.CollectorName, "/proc/modules unreadable (EACCES), modules.builtin and /sys/module readable",
            t => { OtherModuleSources(t); t.Unreadable(Modules, LoadedIpTables); return Denied(t); },
            ModulesStatus, PermissionDenied, "not every module source could be read, so the module list would be incomplete: {root}/proc/modules: EACCES");
        yield return new(KernelCollector.CollectorName, "/proc/modules a directory, modules.builtin and /sys/module readable",
            t => { OtherModuleSources(t); t.Directory(Modules); return Run(kernel, t); },
            ModulesStatus, Error, "{root}/proc/modules is a directory, not a regular file");
        yield return new(KernelCollector.CollectorName, "/proc/modules symlink loop, modules.builtin and /sys/module readable",
            t => { OtherModuleSources(t); t.SymlinkLoop(Modules); return Run(kernel, t); },
            ModulesStatus, Error, "{root}/proc/modules: too many levels of symbolic links");
        yield return new(KernelCollector.CollectorName, "/proc/modules over the cap, modules.builtin and /sys/module readable",
            t => { OtherModuleSources(t); t.Sparse(Modules, FaultTree.OneGigabyte); return Run(kernel, t); },
            ModulesStatus, Error, "{root}/proc/modules is larger than the 4194304-byte cap");
        yield return new(KernelCollector.CollectorName, "modules.builtin unreadable (EACCES), /proc/modules readable",
            t => { t.Write(Modules, LoadedIpTables); t.Unreadable(builtin, "kernel/net/netfilter/nf_tables.ko\n"); return Denied(t); },
            ModulesStatus, PermissionDenied, $"{{root}}{builtin}: EACCES");
        yield return new(KernelCollector.CollectorName, "/sys/module unreadable (EACCES), /proc/modules readable",
            t =>
            {
                t.Write(Modules, LoadedIpTables);
                t.Directory("/sys/module/nf_tables");
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(t.PathOf("/sys/module"), UnixFileMode.None);
                }

                return Denied(t);
            },
            ModulesStatus, PermissionDenied, "{root}/sys/module: EACCES");
        yield return new(KernelCollector.CollectorName, "/proc/config.gz garbage, /proc/modules readable",
            t => { t.Write(Modules, LoadedIpTables); t.Write("/proc/config.gz", Garbage); return Run(kernel, t); },
            ModulesStatus, Error, "the kernel config (Error)");
        yield return new(OsReleaseCollector.CollectorName, "/etc/os-release unreadable (EACCES), /usr/lib/os-release readable",
            t =>
            {
                t.Write("/usr/lib/os-release", "ID=rhel\nVERSION_ID=\"9.4\"\n");
                t.Unreadable("/etc/os-release", "ID=ubuntu\n");
                return ThreadCapabilities.RunWithout([CapDacOverride, CapDacReadSearch], () => Run(new OsReleaseCollector(), t));
            },
            OsRelease.FactKey, PermissionDenied, "{root}/etc/os-release: EACCES");
        yield return new(IptablesCollector.CollectorName, "ip6_tables_names garbage, ip_tables_names readable",
            t => { t.Write(IptablesCollector.Ipv4TablesPath, string.Empty); t.Write(IptablesCollector.Ipv6TablesPath, Garbage); return Run(new IptablesCollector(), t); },
            IptablesMode.FactKey, Error, $"{{root}}{IptablesCollector.Ipv6TablesPath}: '");
        yield return new(ContainerImageCollector.CollectorName, "one task config unreadable (EACCES), another (a pod sandbox) readable",
            t =>
            {
                t.Write(ContainerConfigPath, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "containerd", "pause-sandbox.config.json")));
                t.Unreadable(ContainerConfigPath.Replace("0123abcd", "4567ef01", StringComparison.Ordinal), "{}");
                return ThreadCapabilities.RunWithout([CapDacOverride, CapDacReadSearch], () => Run(new ContainerImageCollector(), t));
            },
            ComponentVersion.KeyPrefix + "*", PermissionDenied, "the component list of this node is incomplete");
    }

    /// <summary>The running kernel's release, which the kernel collector uses for the modules.builtin path.</summary>
    private static string Release => OperatingSystem.IsLinux() ? File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : "0.0.0";

    public static FaultCell Named(string name) => All.Single(c => c.ToString() == name);

    private static IEnumerable<FaultCell> FileCells(string name, ICollector collector, string path, string subject, string truncated, bool procAbsentApplies,
        (CollectionState State, string Reason) truncatedOutcome, (CollectionState State, string Reason) garbageOutcome,
        (CollectionState State, string Reason)? missingOutcome = null, Action<HostRoot>? setup = null, long cap = CollectorOptions.DefaultMaxFileBytes)
    {
        var missing = missingOutcome ?? (Absent, $"{{root}}{path} does not exist");
        if (setup is not null)
        {
            var inner = collector;
            collector = new SetUpFirst(inner, setup);
        }

        yield return new(name, "file missing", t => Run(collector, t), subject, missing.State, missing.Reason);
        yield return new(name, "unreadable (EACCES)", t =>
        {
            t.Unreadable(path, "1\n");
            return ThreadCapabilities.RunWithout([CapDacOverride, CapDacReadSearch], () => Run(collector, t));
        }, subject, PermissionDenied, $"{{root}}{path}: EACCES");
        yield return new(name, "truncated", t => { t.Write(path, truncated); return Run(collector, t); }, subject, truncatedOutcome.State, truncatedOutcome.Reason);
        yield return new(name, "garbage", t => { t.Write(path, Garbage); return Run(collector, t); }, subject, garbageOutcome.State, garbageOutcome.Reason);
        yield return new(name, "1 GB sparse file", t => { t.Sparse(path, FaultTree.OneGigabyte); return Run(collector, t); },
            subject, Error, $"{{root}}{path} is larger than the {cap}-byte cap");
        yield return new(name, "symlink loop", t => { t.SymlinkLoop(path); return Run(collector, t); }, subject, Error, $"{{root}}{path}: ");
        if (procAbsentApplies)
        {
            yield return new(name, "/proc absent", t => { t.Write("/etc/hostname", "node\n"); return Run(collector, t); }, subject, missing.State, missing.Reason);
        }

        yield return new(name, "FIFO with no writer (refused, no hang)", t =>
        {
            t.Hanging(path);
            return Collect(collector, t);
        }, subject, Error, $"{{root}}{path} is a FIFO (named pipe), not a regular file; not read");
        yield return new(name, "directory instead of the file", t => { t.Directory(path); return Run(collector, t); },
            subject, Error, $"{{root}}{path} is a directory, not a regular file; not read");
    }

    /// <summary>A kubeadm kube-proxy container whose <c>--config</c> is <see cref="KubeProxyConfigPath"/> through its ConfigMap mount.</summary>
    private static void KubeProxyWithConfig(HostRoot root)
    {
        var config = root.Resolve("/run/containerd/io.containerd.runtime.v2.task/k8s.io/2b7d1c0e/config.json");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(config)!);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "containerd", "kube-proxy.config.json"), config, overwrite: true);
    }

    /// <summary>The iptables collector reads its own network namespace's table lists (<see cref="CollectorContext.Self"/>),
    /// so its file faults are put there, in the tree; the tables a faulty list could name are never queried.</summary>
    private static CollectorContext ContextFor(ICollector collector, FaultTree tree)
        => collector.Name == IptablesCollector.CollectorName ? tree.SelfContext() : tree.Context();

    private static CollectorResult Run(ICollector collector, FaultTree tree)
        => collector.Name == IptablesCollector.CollectorName
                ? ScriptedNetlink.Run((_, r) => ScriptedNetlink.EmptyDump(r), () => collector.CollectAsync(ContextFor(collector, tree), CancellationToken.None).GetAwaiter().GetResult())
                : collector.CollectAsync(tree.Context(), CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Runs through <see cref="FactCollection"/> with a timeout, as a node collection does.</summary>
    private static CollectorResult Collect(ICollector collector, FaultTree tree)
    {
        var context = ContextFor(collector, tree);
        context.Options.CollectorTimeouts[collector.Name] = HangTimeout;
        var result = ScriptedNetlink.Run((_, r) => ScriptedNetlink.EmptyDump(r),
            () => FactCollection.CollectInContextAsync([collector], context, CancellationToken.None).GetAwaiter().GetResult());
        return new CollectorResult(result.Facts.Where(f => f is not CollectionStatus), result.Facts.OfType<CollectionStatus>());
    }

    private static CollectorResult Nft(FaultTree tree, Func<byte[], IReadOnlyList<byte[]>> reply)
        => ScriptedNetlink.Run((_, r) => reply(r), () => new IptablesCollector().CollectAsync(tree.SelfContext(), CancellationToken.None).GetAwaiter().GetResult());

    private static CollectorResult Links(FaultTree tree, Func<byte[], IReadOnlyList<byte[]>> reply)
        => ScriptedNetlink.Run((protocol, r) => protocol switch
        {
            NetlinkConstants.NETLINK_ROUTE => reply(r),
            _ => ScriptedNetlink.Error(r, 2),
        }, () => new InterfaceCollector().CollectAsync(tree.Context(), CancellationToken.None).GetAwaiter().GetResult());

    private static IReadOnlyList<byte[]> NftTables(byte[] request)
        => NetlinkMessageParser.Split(request)[0].Type == NftablesParser.MessageType(NftablesParser.MsgGetTable)
            ? ScriptedNetlink.Captured("nft-gettable-hint.hex", request)
            : ScriptedNetlink.Captured("nft-getchain-hint.hex", request);

    private static byte[] TruncatedGzip()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            var text = string.Concat(Enumerable.Range(0, 2000).Select(i => $"CONFIG_OPTION_{i}=y\n"));
            gzip.Write(System.Text.Encoding.ASCII.GetBytes(text));
        }

        var bytes = buffer.ToArray();
        return bytes[..(bytes.Length / 2)];
    }

    /// <summary>A collector that first lays out what the faulty file belongs to (the container whose flag names it).</summary>
    private sealed class SetUpFirst(ICollector inner, Action<HostRoot> setup) : ICollector
    {
        public string Name => inner.Name;

        public IReadOnlyList<string> Subjects => inner.Subjects;

        public Task<CollectorResult> CollectAsync(CollectorContext context, CancellationToken ct)
        {
            setup(context.HostRoot);
            return inner.CollectAsync(context, ct);
        }
    }
}
