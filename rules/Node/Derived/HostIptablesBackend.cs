using CompatRules.Facts;

namespace CompatRules.BuiltIn.Node;

/// <summary>Derived: the iptables backend the host uses, decided from the <see cref="IptablesMode"/> fact or, when
/// that is missing or undecided, from an operating system that ships only the nf_tables backend.</summary>
/// <remarks>Components that bring their own iptables binary (kube-proxy, calico-node, kube-router) break when they
/// pick a different backend than the host.</remarks>
/// <param name="Backend">The backend; never <see cref="IptablesBackend.Unknown"/>.</param>
/// <param name="Basis">The evidence, in words: the iptables-mode decision, or the operating system as a fallback.</param>
public sealed record HostIptablesBackend(IptablesBackend Backend, string Basis) : Fact
{
    /// <summary>The key of this derived fact.</summary>
    public const string FactKey = "derived:host-iptables-backend";

    /// <inheritdoc />
    public override string Key => FactKey;

    /// <inheritdoc />
    public override string Describe() => $"host iptables backend {Backend} ({Basis})";
}
