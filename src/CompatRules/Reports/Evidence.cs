using CompatRules.Facts;

namespace CompatRules.Reports;

/// <summary>A fact a finding rests on, with where it came from.</summary>
/// <param name="Key">The fact's key, such as <c>kernel</c> or <c>component:kube-ovn</c>.</param>
/// <param name="Description">The fact in words, such as <c>kernel 5.15.0-91-generic (x86_64)</c>.</param>
/// <param name="Provenance">Where the fact came from.</param>
public sealed record Evidence(string Key, string Description, Provenance Provenance)
{
    /// <summary>Describes a matched fact (or a derived object) as evidence.</summary>
    /// <param name="fact">The fact or derived object.</param>
    /// <returns>The evidence.</returns>
    public static Evidence Of(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact is Fact f
            ? new Evidence(f.Key, f.Describe(), f.Provenance)
            : new Evidence(fact.GetType().Name, fact.ToString() ?? fact.GetType().Name, new Provenance(SourceKind.Derived, fact.GetType().Name));
    }
}
