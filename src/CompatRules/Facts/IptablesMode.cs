using System.Collections.Immutable;

namespace CompatRules.Facts;

/// <summary>The iptables backend in use on the node, with the evidence and the decision path behind it.</summary>
/// <param name="Backend">The decided backend.</param>
/// <param name="Evidence">What was observed, one line each, such as <c>nft mangle table has chain KUBE-IPTABLES-HINT</c>.</param>
/// <param name="DecisionPath">Which step of the decision settled it, such as <c>iptables-wrappers: hint chain in nft</c>.</param>
public sealed record IptablesMode(IptablesBackend Backend, ImmutableArray<string> Evidence, string DecisionPath) : Fact
{
    /// <summary>The key of the iptables mode fact.</summary>
    public const string FactKey = "iptables";

    /// <inheritdoc />
    public override string Key => FactKey;

    /// <inheritdoc />
    public override string Describe() => $"iptables backend {Backend.ToString().ToLowerInvariant()} ({DecisionPath})";
}
