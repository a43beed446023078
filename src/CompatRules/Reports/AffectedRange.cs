using CompatRules.Versions;

namespace CompatRules.Reports;

/// <summary>The versions of one subject that a known issue affects.</summary>
/// <param name="Subject">The component name, <c>kernel</c>, or a distribution name such as <c>openshift</c>.</param>
/// <param name="Range">The affected versions, in interval notation.</param>
public sealed record AffectedRange(string Subject, VersionRange Range)
{
    /// <summary>The range as <c>subject range</c>, such as <c>kube-ovn [1.13.0,1.13.13)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Subject} {Range}";
}
