using CompatRules.Versions;
using FsCheck.Fluent;

namespace CompatRules.Tests.Versions.Properties;

/// <summary>The generators reach the cases the properties are about, not only plain releases.</summary>
public sealed class GeneratorCoverageTest
{
    [Fact]
    public void Version_Sample_CoversEverySpelling()
    {
        var sample = VersionGenerators.Version.Sample(2000).Select(t => (Text: t, Version: SoftwareVersion.Parse(t.Text))).ToArray();

        Assert.Contains(sample, s => s.Version.IsPreRelease && s.Version.PreRelease!.StartsWith('m'));
        Assert.Contains(sample, s => s.Version.PreRelease?.Contains(".dev-", StringComparison.Ordinal) == true);
        Assert.Contains(sample, s => s.Version.PreRelease is { } label && label.Any(char.IsAsciiLetterUpper));
        Assert.Contains(sample, s => s.Version.Build?.StartsWith("eksbuild.", StringComparison.Ordinal) == true);
        Assert.Contains(sample, s => s.Text.Text.Contains('+') && s.Version.IsPreRelease);
        Assert.Contains(sample, s => s.Text.Numbers.Length == 2);
        Assert.Contains(sample, s => s.Text.Numbers.Length == 4);
        Assert.Contains(sample, s => s.Text.Text.StartsWith('v'));
        Assert.Contains(sample, s => s.Text.Text.StartsWith('V'));

        // Equal versions spelled differently are common enough for the order properties to meet them.
        var distinctTexts = sample.Select(s => s.Text.Text).Distinct().Count();
        var distinctVersions = sample.Select(s => s.Version).Distinct().Count();
        Assert.True(distinctVersions < distinctTexts, $"{distinctVersions} versions from {distinctTexts} texts");
    }

    [Fact]
    public void Window_Sample_HasProbesOnBothSidesOfBounds()
    {
        var sample = VersionGenerators.Window.Sample(500);

        Assert.Contains(sample, w => w.Minimum is null);
        Assert.Contains(sample, w => w.Maximum is null);
        Assert.Contains(sample, w => w.Minimum is { } low && w.Probes.Any(p => SoftwareVersion.Parse(p.Text) == SoftwareVersion.Parse(low.Text)));
        Assert.Contains(sample, w =>
        {
            var range = VersionRange.Parse(w.Notation);
            var inside = w.Probes.Select(p => range.Contains(SoftwareVersion.Parse(p.Text))).ToArray();
            return inside.Contains(true) && inside.Contains(false);
        });
    }

    [Fact]
    public void Kernel_Sample_HasBuildsAndSharedUpstreams()
    {
        var sample = VersionGenerators.Kernel.Sample(1000);

        Assert.Contains(sample, k => k.Build is null);
        Assert.Contains(sample, k => k.Build is not null && k.Text.StartsWith($"{k.Major}.{k.Minor}-", StringComparison.Ordinal));
        Assert.True(sample.GroupBy(k => (k.Major, k.Minor, k.Patch)).Any(g => g.Count() > 1), "some releases share an upstream version");
    }
}
