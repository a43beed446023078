using CompatRules.Versions;

namespace CompatRules.Tests.Versions;

public sealed class SoftwareVersionTest
{
    // text, major, minor, patch, pre-release label (null = release), build (null = none)
    public static TheoryData<string, int, int, int, string?, string?> ParseRows => new()
    {
        { "v1.31.4", 1, 31, 4, null, null },
        { "v1.31.4+rke2r1", 1, 31, 4, null, "rke2r1" },
        { "v1.31.3+k0s.0", 1, 31, 3, null, "k0s.0" },
        { "4.18", 4, 18, 0, null, null },
        { "4.19.5", 4, 19, 5, null, null },
        { "0.20.0", 0, 20, 0, null, null },
        { "v3.28.0-0.dev-123-gabc", 3, 28, 0, "0.dev-123-gabc", null },
        { "v2.2.1-iptables1.8.9-0", 2, 2, 1, null, "iptables1.8.9-0" },
        { "v1.30.4-eks-16b398d", 1, 30, 4, null, "eks-16b398d" },
        { "v1.25.11+1485cc9", 1, 25, 11, null, "1485cc9" },
        { "1.30.0-rc.1", 1, 30, 0, "rc.1", null },
        { "1.30.0-rc.1+rke2r1", 1, 30, 0, "rc.1", "rke2r1" },
        { "v2.2.1-iptables1.8.9-0+meta", 2, 2, 1, null, "iptables1.8.9-0+meta" },
        { "1.2.3-alpha.1", 1, 2, 3, "alpha.1", null },
        { "1.2.3-beta2", 1, 2, 3, "beta2", null },
        { "1.2.3-b2", 1, 2, 3, "b2", null },
        { "1.2.3-preview.4", 1, 2, 3, "preview.4", null },
        { "1.2.3-SNAPSHOT", 1, 2, 3, "SNAPSHOT", null },
        { "V1.2", 1, 2, 0, null, null },
        { "0.21.0-m1", 0, 21, 0, "m1", null },
        { "v0.21.0-m2+build.4", 0, 21, 0, "m2", "build.4" },

        // Not milestones: no digit right after the m, or a capital M (as with a and b, only lower case).
        { "0.21.0-m", 0, 21, 0, null, "m" },
        { "0.21.0-mx1", 0, 21, 0, null, "mx1" },
        { "0.21.0-M1", 0, 21, 0, null, "M1" },
        { "0.21.0-1.m1", 0, 21, 0, null, "1.m1" },
    };

    [Theory]
    [MemberData(nameof(ParseRows))]
    public void Parse_KnownSpelling_ReadsNumbersPreReleaseAndBuild(string text, int major, int minor, int patch, string? preRelease, string? build)
    {
        var version = SoftwareVersion.Parse(text);

        Assert.Equal(major, version.Major);
        Assert.Equal(minor, version.Minor);
        Assert.Equal(patch, version.Patch);
        Assert.Equal(preRelease, version.PreRelease);
        Assert.Equal(preRelease is not null, version.IsPreRelease);
        Assert.Equal(build, version.Build);
        Assert.Equal(text, version.Original);
        Assert.Equal(text, version.ToString());
    }

    [Fact]
    public void Parse_FourNumbers_ReadsRevision()
    {
        var version = SoftwareVersion.Parse("1.2.3.4");

        Assert.Equal(4, version.Revision);
        Assert.Equal("1.2", version.Line);
    }

    [Theory]
    [InlineData("v2.2.1-iptables1.8.9-0", "2.2.1")]
    [InlineData("v1.31.4+rke2r1", "1.31.4")]
    [InlineData("1.30.0-rc.1+rke2r1", "1.30.0-rc.1")]
    public void WithoutBuild_VersionWithBuild_DropsOnlyTheBuild(string text, string expected)
    {
        var stripped = SoftwareVersion.Parse(text).WithoutBuild;

        Assert.Null(stripped.Build);
        Assert.Equal(SoftwareVersion.Parse(expected), stripped);
    }

    // Each row: lower sorts strictly before higher.
    [Theory]
    [InlineData("1.30.0-rc.1", "1.30.0")]
    [InlineData("1.30.0", "1.30.0+rke2r1")]
    [InlineData("1.30.0+rke2r1", "1.30.1")]
    [InlineData("1.30.0-rc.1", "1.30.0+rke2r1")]
    [InlineData("1.30.0+rke2r9", "1.30.1-rc.1")]
    [InlineData("1.30.0-alpha.1", "1.30.0-beta.1")]
    [InlineData("1.30.0-rc.2", "1.30.0-rc.10")]
    [InlineData("v1.31.3+k0s.2", "v1.31.3+k0s.10")]
    [InlineData("v1.31.4+rke2r1", "v1.31.4+rke2r2")]
    [InlineData("v3.28.0-0.dev-123-gabc", "v3.28.0")]
    [InlineData("v2.2.1", "v2.2.1-iptables1.8.9-0")]
    [InlineData("v2.2.1-iptables1.8.9-0", "v2.2.2")]
    [InlineData("v1.30.4-eks-16b398d", "v1.30.5")]
    [InlineData("4.9", "4.18")]
    [InlineData("1.9.0", "1.10.0")]
    [InlineData("1.2.3", "1.2.3.1")]
    [InlineData("0.20.2", "0.21.0-m1")]
    [InlineData("0.21.0-m1", "0.21.0-m2")]
    [InlineData("0.21.0-m2", "0.21.0-rc0")]
    [InlineData("0.21.0-rc0", "0.21.0")]
    [InlineData("0.21.0-m1", "0.21.0")]
    [InlineData("0.21.0-beta.1", "0.21.0-m1")]
    [InlineData("0.21.0-m1", "0.21.0-milestone.1")]
    [InlineData("1.2.3", "1.2.3.1-rc.1")]
    [InlineData("1.2.3.1-rc.1", "1.2.3.1")]
    [InlineData("1.2.3.9", "1.2.4-rc.1")]
    [InlineData("1.2.3-rc.2147483647", "1.2.3-rc.2147483648")]
    [InlineData("1.2.3-rc.2147483648", "1.2.3-rc.20240101123456")]
    [InlineData("1.2.3-rc.20240101123456", "1.2.3-rc.x")]
    [InlineData("1.2.3-rc.1", "1.2.3-rc._1")]
    public void CompareTo_OrderedPair_SortsLowerFirst(string lower, string higher)
    {
        var a = SoftwareVersion.Parse(lower);
        var b = SoftwareVersion.Parse(higher);

        Assert.True(a.CompareTo(b) < 0);
        Assert.True(b.CompareTo(a) > 0);
        Assert.True(a < b);
        Assert.True(b > a);
        Assert.True(a <= b);
        Assert.False(a >= b);
        Assert.NotEqual(a, b);
        Assert.True(a != b);
    }

    [Fact]
    public void CompareTo_SubmarinerTags_MilestonesAndCandidatesBeforeTheRelease()
    {
        string[] shuffled = ["v0.21.0", "v0.21.0-rc1", "v0.20.2", "v0.21.0-m3", "v0.21.1", "v0.21.0-m1", "v0.21.0-rc0", "v0.21.0-m2"];

        var sorted = shuffled.Select(SoftwareVersion.Parse).Order().Select(v => v.Original).ToArray();

        Assert.Equal(["v0.20.2", "v0.21.0-m1", "v0.21.0-m2", "v0.21.0-m3", "v0.21.0-rc0", "v0.21.0-rc1", "v0.21.0", "v0.21.1"], sorted);
    }

    [Theory]
    [InlineData("v1.13.0", "1.13.0")]
    [InlineData("4.18", "4.18.0")]
    [InlineData("4.18", "v4.18.0.0")]
    [InlineData("V1.31.4+rke2r1", "1.31.4+rke2r1")]
    [InlineData("1.30.0-RC.1", "1.30.0-rc.1")]
    [InlineData("1.31.3+k0s.02", "1.31.3+k0s.2")]
    public void Equals_SameVersionSpelledDifferently_EqualWithSameHashCode(string left, string right)
    {
        var a = SoftwareVersion.Parse(left);
        var b = SoftwareVersion.Parse(right);

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(0, a.CompareTo(b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(left, a.Original);
    }

    [Fact]
    public void CompareTo_Null_SortsAfterNull()
    {
        var version = SoftwareVersion.Parse("1.0");

        Assert.Equal(1, version.CompareTo(null));
        Assert.True(null < version);
        Assert.False(version.Equals(null));
    }

    // text, words the message must contain
    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("1", "at least major.minor")]
    [InlineData("abc", "two to four dot-separated numbers")]
    [InlineData("v", "two to four dot-separated numbers")]
    [InlineData("1.2.3.4.5", "two to four dot-separated numbers")]
    [InlineData("1..2", "two to four dot-separated numbers")]
    [InlineData("1.2.3-", "nothing after")]
    [InlineData("1.2.3_x", "unexpected '_'")]
    [InlineData("1.2.3+", "build metadata")]
    [InlineData("1.2.3+a+b", "second '+'")]
    public void Parse_NotAVersion_ThrowsSayingWhatIsWrong(string text, string problem)
    {
        var error = Assert.Throws<VersionFormatException>(() => SoftwareVersion.Parse(text));

        Assert.Equal(text, error.Input);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.StartsWith($"'{text}' is not a valid version: ", error.Message, StringComparison.Ordinal);
        Assert.False(SoftwareVersion.TryParse(text, out var parsed));
        Assert.Null(parsed);
    }

    [Fact]
    public void Parse_TooLong_Throws()
    {
        var text = "1.2.3-" + new string('x', 300);

        var error = Assert.Throws<VersionFormatException>(() => SoftwareVersion.Parse(text));

        Assert.Contains("longer than 256", error.Problem, StringComparison.Ordinal);
    }
}
