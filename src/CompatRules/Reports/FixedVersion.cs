namespace CompatRules.Reports;

/// <summary>The first version of a release line that has a fix.</summary>
/// <param name="Subject">The component name, <c>kernel</c>, or a distribution name.</param>
/// <param name="Version">The first fixed version of its line, as written upstream.</param>
public sealed record FixedVersion(string Subject, string Version)
{
    /// <summary>The fix as <c>subject version</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Subject} {Version}";
}
