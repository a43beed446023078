using CompatRules.Facts;

namespace CompatRules.BuiltIn.KubeOvn;

/// <summary>Derived: whether kube-proxy's <c>-j KUBE-SERVICES</c> jump exists in the iptables nat PREROUTING chain,
/// and on what evidence. Kube-OVN v1.13.13+ places its own jump right before it.</summary>
/// <param name="InNatPrerouting">True when kube-proxy runs in an iptables-based mode (iptables or ipvs).</param>
/// <param name="Basis">The evidence, in words.</param>
public sealed record KubeProxyServicesJump(bool InNatPrerouting, string Basis) : Fact
{
    /// <summary>The key of this derived fact.</summary>
    public const string FactKey = "derived:kube-proxy-nat-prerouting-jump";

    /// <inheritdoc />
    public override string Key => FactKey;

    /// <inheritdoc />
    public override string Describe() => $"kube-proxy KUBE-SERVICES jump in nat PREROUTING {(InNatPrerouting ? "present" : "absent")} ({Basis})";
}
