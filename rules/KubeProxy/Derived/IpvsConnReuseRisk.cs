using CompatRules.Facts;
using CompatRules.Versions;

namespace CompatRules.BuiltIn.KubeProxy;

/// <summary>Derived: whether IPVS connection reuse on this node misbehaves, and on what evidence.</summary>
/// <remarks>With <c>net.ipv4.vs.conn_reuse_mode=0</c> IPVS keeps sending a reused source port to the old (possibly
/// terminating) real server and balances badly under few clients; with <c>1</c>, kernels before 5.9 drop the first
/// packet of a reused connection, a 1 s delay. Kernels 5.9 and later with mode 1 are fine.</remarks>
/// <param name="Risky">True when one of the two failure modes applies.</param>
/// <param name="Basis">The evidence, in words: the sysctl as read, or kube-proxy's and the kernel's versions.</param>
public sealed record IpvsConnReuseRisk(bool Risky, string Basis) : Fact
{
    /// <summary>The key of this derived fact.</summary>
    public const string FactKey = "derived:ipvs-conn-reuse";

    /// <summary>The sysctl kube-proxy sets in IPVS mode.</summary>
    public const string SysctlName = "net.ipv4.vs.conn_reuse_mode";

    /// <summary>The first upstream kernel with the IPVS reuse fixes (kube-proxy's <c>connReuseFixedKernelVersion</c>).</summary>
    public static readonly KernelVersion FixedKernel = new(5, 9);

    /// <summary>The kube-proxy versions that set the sysctl to 0 on every kernel: before #102122 (1.22.0) and its
    /// cherry-picks (v1.21.9, v1.20.15; patch versions inferred). Keep equal to KPROXY-IPVS-CONN-REUSE's [Affects].</summary>
    public static readonly VersionRange AlwaysSetsZero = VersionRange.Parse("(,1.20.15) ∪ [1.21.0,1.21.9)");

    /// <inheritdoc />
    public override string Key => FactKey;

    /// <inheritdoc />
    public override string Describe() => $"IPVS connection reuse {(Risky ? "misbehaves" : "is safe")} ({Basis})";
}
