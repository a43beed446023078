namespace CompatRules.Facts;

/// <summary>
/// Something known about a node or cluster. Every fact is immutable and carries its <see cref="Provenance"/>.
/// </summary>
/// <remarks>
/// <see cref="Key"/> names what the fact is about (<c>sysctl:net.ipv4.ip_forward</c>, <c>component:calico</c>):
/// a rule that needs a fact and finds no fact with that key reports the key as missing. Two facts may share a key
/// (two kube-proxy versions during a rollout).
/// </remarks>
public abstract record Fact
{
    /// <summary>Where this fact came from.</summary>
    public Provenance Provenance { get; init; } = Provenance.Unspecified;

    /// <summary>What this fact is about, as a stable key such as <c>kernel</c> or <c>socket:mptcp</c>.</summary>
    public abstract string Key { get; }

    /// <summary>The fact in a few words, for evidence in reports, such as <c>kernel 5.15.0-91-generic</c>.</summary>
    /// <returns>The description.</returns>
    public virtual string Describe() => ToString();
}
