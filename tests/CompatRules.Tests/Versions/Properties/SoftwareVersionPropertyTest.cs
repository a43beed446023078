using CompatRules.Versions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CompatRules.Tests.Versions.Properties;

[Properties(Arbitrary = [typeof(VersionArbitraries)], MaxTest = 500)]
public sealed class SoftwareVersionPropertyTest
{
    [Property]
    public Property Parse_GeneratedText_RoundTripsAndReadsEveryPart(VersionText text)
    {
        var version = SoftwareVersion.Parse(text.Text);

        return (version.Original == text.Text).Label("Original")
            .And((version.ToString() == text.Text).Label("ToString"))
            .And((version.Major == text.Numbers[0] && version.Minor == text.Numbers[1]).Label("major.minor"))
            .And((version.Patch == text.Numbers.ElementAtOrDefault(2)).Label("patch"))
            .And((version.Revision == text.Numbers.ElementAtOrDefault(3)).Label("revision"))
            .And((version.PreRelease == text.PreRelease).Label($"pre-release {version.PreRelease}"))
            .And((version.IsPreRelease == text.PreRelease is not null).Label("IsPreRelease"))
            .And((version.Build == text.Build).Label($"build {version.Build}"))
            .And((SoftwareVersion.Parse(version.ToString()) == version).Label("parse of ToString equals"));
    }

    [Property]
    public Property WithoutBuild_GeneratedVersion_ParsesBackToItselfWithNoBuild(VersionText text)
    {
        var version = SoftwareVersion.Parse(text.Text);
        var stripped = version.WithoutBuild;
        var reparsed = SoftwareVersion.Parse(stripped.Original);

        return (stripped.Build is null && reparsed.Build is null).Label("no build")
            .And((reparsed == stripped && reparsed.GetHashCode() == stripped.GetHashCode()).Label($"'{stripped.Original}' parses back"))
            .And((stripped <= version).Label("a build sorts after its release"))
            .And((stripped.PreRelease == version.PreRelease).Label("keeps the pre-release"));
    }

    [Property]
    public Property CompareTo_TwoVersions_TotalAndAntisymmetric(VersionTriple versions)
    {
        var a = SoftwareVersion.Parse(versions.First.Text);
        var b = SoftwareVersion.Parse(versions.Second.Text);
        var ab = Math.Sign(a.CompareTo(b));
        var ba = Math.Sign(b.CompareTo(a));
        var exactlyOne = new[] { a < b, a == b, a > b }.Count(held => held) == 1;

        return (ab == -ba).Label($"antisymmetric: {ab} and {ba}")
            .And(exactlyOne.Label("exactly one of <, ==, >"))
            .And(((a == b) == (ab == 0) && a.Equals(b) == (ab == 0) && (a != b) == (ab != 0)).Label("== agrees with CompareTo"))
            .And(((a <= b) == (ab <= 0) && (a >= b) == (ab >= 0)).Label("<= and >= agree with CompareTo"))
            .And((ab != 0 || a.GetHashCode() == b.GetHashCode()).Label("equal versions hash alike"))
            .And((a.CompareTo(a) == 0 && a.CompareTo(null) > 0).Label("reflexive, after null"))
            .Classify(ab == 0, "equal");
    }

    [Property]
    public Property CompareTo_ThreeVersions_Transitive(VersionTriple versions)
    {
        var v = new[] { versions.First, versions.Second, versions.Third }.Select(t => SoftwareVersion.Parse(t.Text)).ToArray();
        int[][] orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
        var transitive = orders.All(o =>
        {
            var (x, y, z) = (v[o[0]], v[o[1]], v[o[2]]);
            return (!(x <= y && y <= z) || x <= z) && (!(x < y && y <= z) || x < z) && (!(x == y && y == z) || x == z);
        });

        return transitive.ToProperty().Classify(v[0] == v[1] || v[1] == v[2] || v[0] == v[2], "with an equal pair");
    }

    [Property]
    public Property Parse_RespelledVersion_EqualWithSameHashCode(Respelling pair)
    {
        var a = SoftwareVersion.Parse(pair.Version.Text);
        var b = SoftwareVersion.Parse(pair.Respelled.Text);

        return (a == b && a.CompareTo(b) == 0 && a.Equals(b) && a.GetHashCode() == b.GetHashCode()).Label("equal, same hash code")
            .And((b.PreRelease == pair.Respelled.PreRelease && b.Build == pair.Respelled.Build).Label("respelled parts"));
    }

    [Property]
    public Property CompareTo_SameNumbers_PreReleaseThenReleaseThenBuild(VersionText text)
    {
        var version = SoftwareVersion.Parse(text.Text);
        var release = SoftwareVersion.Parse(string.Join('.', text.Numbers));
        var expected = version.IsPreRelease ? -1 : version.Build is null ? 0 : 1;

        return (Math.Sign(version.CompareTo(release)) == expected)
            .Label($"against the plain release {release}")
            .Classify(version.IsPreRelease, "pre-release")
            .Classify(version.Build is not null, "build");
    }
}
