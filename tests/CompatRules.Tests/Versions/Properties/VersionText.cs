namespace CompatRules.Tests.Versions.Properties;

/// <summary>
/// A generated software version: its text and what parsing it must give. <paramref name="VariantBuild"/> is true
/// when the build starts at a hyphen (<c>-eksbuild.3</c>) rather than at <c>+</c>.
/// </summary>
public sealed record VersionText(string Text, int[] Numbers, string? PreRelease, string? Build, bool VariantBuild)
{
    /// <summary>The text, so that a failing property prints the version itself.</summary>
    public override string ToString() => Text;
}

/// <summary>Two or three generated versions, the later ones often near or equal to the earlier ones.</summary>
public sealed record VersionTriple(VersionText First, VersionText Second, VersionText Third)
{
    /// <summary>The three texts, for a failing property's report.</summary>
    public override string ToString() => $"{First} {Second} {Third}";
}

/// <summary>A generated version and the same version spelled another way.</summary>
public sealed record Respelling(VersionText Version, VersionText Respelled)
{
    /// <summary>Both texts, for a failing property's report.</summary>
    public override string ToString() => $"{Version} respelled {Respelled}";
}

/// <summary>A generated kernel release: its text and the upstream numbers and build parsing it must give.</summary>
public sealed record KernelText(string Text, int Major, int Minor, int Patch, string? Build)
{
    /// <summary>The text, so that a failing property prints the release itself.</summary>
    public override string ToString() => Text;
}

/// <summary>A generated window in interval notation and versions to test against it, many of them near its bounds.</summary>
public sealed record WindowCase(VersionText? Minimum, bool IncludesMinimum, VersionText? Maximum, bool IncludesMaximum, VersionText[] Probes)
{
    /// <summary>The window as <see cref="CompatRules.Versions.VersionRange"/> notation, such as <c>[1.2,v1.3.0-rc.1)</c>.</summary>
    public string Notation => $"{(IncludesMinimum ? '[' : '(')}{Minimum?.Text},{Maximum?.Text}{(IncludesMaximum ? ']' : ')')}";

    /// <summary>The notation and the probes, for a failing property's report.</summary>
    public override string ToString() => $"{Notation} probes {string.Join(' ', Probes.Select(p => p.Text))}";
}
