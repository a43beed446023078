namespace CompatRules.Collectors;

/// <summary>How the node collectors read the node.</summary>
/// <remarks>Mutable so that it can be bound by the options pattern; collectors read it once per collection.</remarks>
public sealed class CollectorOptions
{
    /// <summary>The default time each collector may take: two seconds.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(2);

    /// <summary>The default cap on what is read from one file: 4 MiB.</summary>
    public const long DefaultMaxFileBytes = 4 * 1024 * 1024;

    /// <summary>Where the node's root file system is mounted, <c>/</c> by default; <c>/host</c> in a DaemonSet pod
    /// that mounts the node's <c>/</c> there. Every file path the collectors read is put under it.</summary>
    public string HostRoot { get; set; } = "/";

    /// <summary>The time each collector may take before it is reported as an error; two seconds by default.</summary>
    public TimeSpan Timeout { get; set; } = DefaultTimeout;

    /// <summary>Per-collector timeouts by collector name, overriding <see cref="Timeout"/>.</summary>
    public IDictionary<string, TimeSpan> CollectorTimeouts { get; } = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);

    /// <summary>The most bytes read from any one file (after decompression for <c>/proc/config.gz</c>); a larger
    /// file is reported as an error rather than read in part.</summary>
    public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;

    /// <summary>The default cap on a package database (dpkg status, rpmdb.sqlite): 128 MiB.</summary>
    public const long DefaultMaxPackageDatabaseBytes = 128 * 1024 * 1024;

    /// <summary>The most bytes read from a package database; a larger one is an error, never read in part.</summary>
    public long MaxPackageDatabaseBytes { get; set; } = DefaultMaxPackageDatabaseBytes;

    /// <summary>The host packages the packages collector reports, by name; a name ending in <c>*</c> is a prefix
    /// (<c>openvswitch*</c> matches RHEL's <c>openvswitch3.3</c> and Debian's <c>openvswitch-switch</c>). The Debian
    /// and RPM names of the networking packages the knowledge base's breakages hinge on.</summary>
    public IList<string> Packages { get; } = new List<string>
    {
        "iptables", "iptables-nft", "iptables-legacy", "iptables-libs", "iptables-services", "libxtables12", "libip4tc2", "libip6tc2",
        "nftables", "libnftables1", "libnftnl", "libnftnl11", "ebtables", "arptables", "ipset", "ipvsadm",
        "conntrack", "conntrack-tools", "libnetfilter-conntrack3", "libnetfilter_conntrack", "firewalld", "ufw",
        "systemd", "systemd-udev", "udev", "kmod", "kernel", "kernel-core", "kernel-modules", "kernel-modules-core", "kernel-modules-extra",
        "linux-modules-extra-*", "linux-image-*", "openvswitch*", "iproute", "iproute2", "containerd", "containerd.io", "cri-o", "runc", "crun",
    };

    /// <summary>The sysctls the sysctl collector reads, by dotted name.</summary>
    public IList<string> Sysctls { get; } = new List<string>
    {
        "net.ipv4.vs.conn_reuse_mode",
        "net.mptcp.enabled",
        "net.ipv4.ip_forward",
        "net.bridge.bridge-nf-call-iptables",
        "net.bridge.bridge-nf-call-ip6tables",
    };

    /// <summary>The interfaces whose offload features the interface collector reads.</summary>
    public IList<string> OffloadInterfaces { get; } = new List<string> { "vxlan.calico", "tunl0", "vxlan-v6.calico", "flannel.1", "eth0" };

    /// <summary>The timeout for the collector named <paramref name="collectorName"/>.</summary>
    /// <param name="collectorName">The collector's <see cref="ICollector.Name"/>.</param>
    /// <returns>Its entry in <see cref="CollectorTimeouts"/>, else <see cref="Timeout"/>.</returns>
    public TimeSpan TimeoutFor(string collectorName)
        => CollectorTimeouts.TryGetValue(collectorName, out var timeout) ? timeout : Timeout;
}
