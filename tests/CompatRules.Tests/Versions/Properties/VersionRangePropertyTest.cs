using CompatRules.Versions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CompatRules.Tests.Versions.Properties;

[Properties(Arbitrary = [typeof(VersionArbitraries)], MaxTest = 500)]
public sealed class VersionRangePropertyTest
{
    [Property]
    public Property Contains_GeneratedWindow_AgreesWithItsBounds(WindowCase window)
    {
        var range = VersionRange.Parse(window.Notation);
        var low = window.Minimum is null ? null : SoftwareVersion.Parse(window.Minimum.Text);
        var high = window.Maximum is null ? null : SoftwareVersion.Parse(window.Maximum.Text);

        var agrees = window.Probes.All(probe =>
        {
            var v = SoftwareVersion.Parse(probe.Text);
            var aboveLow = low is null || v > low || (v == low && window.IncludesMinimum);
            var belowHigh = high is null || v < high || (v == high && window.IncludesMaximum);
            return range.Contains(v) == (aboveLow && belowHigh);
        });

        return agrees.Label(window.Notation)
            .And((low is null || range.Contains(low) == window.IncludesMinimum).Label("the lower bound itself"))
            .And((high is null || range.Contains(high) == window.IncludesMaximum).Label("the upper bound itself"))
            .Classify(window.Probes.Any(p => range.Contains(SoftwareVersion.Parse(p.Text))), "some probe inside")
            .Classify(window.Probes.Any(p => !range.Contains(SoftwareVersion.Parse(p.Text))), "some probe outside");
    }

    [Property]
    public Property Contains_GeneratedWindow_HasNoGaps(WindowCase window)
    {
        var range = VersionRange.Parse(window.Notation);
        var sorted = window.Probes.Select(p => SoftwareVersion.Parse(p.Text)).Order().ToArray();
        var inside = sorted.Select(range.Contains).ToArray();
        var first = Array.IndexOf(inside, true);
        var last = Array.LastIndexOf(inside, true);

        // Between two versions inside the window, every version is inside too.
        return (first < 0 || inside[first..(last + 1)].All(i => i)).Label(window.Notation);
    }

    [Property]
    public Property Contains_UnionOfTwoWindows_InsideEitherWindow(WindowCase one, WindowCase two)
    {
        var a = VersionRange.Parse(one.Notation);
        var b = VersionRange.Parse(two.Notation);
        var union = VersionRange.Parse(one.Notation + " ∪ " + two.Notation);
        var pipes = VersionRange.Parse(one.Notation + " || " + two.Notation);

        var agrees = one.Probes.Concat(two.Probes).Select(p => SoftwareVersion.Parse(p.Text))
            .All(v => union.Contains(v) == (a.Contains(v) || b.Contains(v)) && pipes.Contains(v) == union.Contains(v));

        return agrees.Label(union.ToString()).And(union.Equals(pipes).Label("separators do not matter"));
    }
}
