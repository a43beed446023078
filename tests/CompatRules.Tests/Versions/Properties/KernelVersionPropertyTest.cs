using CompatRules.Versions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CompatRules.Tests.Versions.Properties;

[Properties(Arbitrary = [typeof(VersionArbitraries)], MaxTest = 500)]
public sealed class KernelVersionPropertyTest
{
    [Property]
    public Property Parse_GeneratedRelease_RoundTripsAndSplitsUpstreamAndBuild(KernelText text)
    {
        var release = KernelVersion.Parse(text.Text);

        return (release.Release == text.Text && release.ToString() == text.Text).Label("Release and ToString")
            .And((release.Major == text.Major && release.Minor == text.Minor && release.Patch == text.Patch).Label("upstream numbers"))
            .And((release.Build == text.Build).Label($"build {release.Build}"))
            .And((KernelVersion.Parse(release.ToString()) == release).Label("parse of ToString equals"))
            .And((release.Upstream == new KernelVersion(text.Major, text.Minor, text.Patch)).Label("Upstream"));
    }

    [Property]
    public Property CompareTo_TwoReleases_AgreesWithUpstreamNumericOrder(KernelText left, KernelText right)
    {
        var a = KernelVersion.Parse(left.Text);
        var b = KernelVersion.Parse(right.Text);
        var upstream = Math.Sign((left.Major, left.Minor, left.Patch).CompareTo((right.Major, right.Minor, right.Patch)));
        var full = Math.Sign(a.CompareTo(b));

        return (Math.Sign(a.Upstream.CompareTo(b.Upstream)) == upstream).Label("Upstream order is x.y.z order")
            .And((upstream == 0 || full == upstream).Label("a different upstream version decides, whatever the builds"))
            .And((upstream != 0 || left.Build is not null || right.Build is null || full < 0).Label("a release without a build sorts first"))
            .And((full == -Math.Sign(b.CompareTo(a))).Label("antisymmetric"))
            .And((full != 0 || a.GetHashCode() == b.GetHashCode()).Label("equal releases hash alike"))
            .Classify(upstream == 0, "same upstream");
    }
}
