using CompatRules.Versions;

namespace CompatRules.Tests.Versions;

public sealed class VersionRangeTest
{
    private const string KubeOvnUnion = "[1.27.0,1.27.11) ∪ [1.28.0,1.28.7) ∪ [1.29.0,1.29.2)";

    // range, version, inside
    public static TheoryData<string, string, bool> ContainsRows => new()
    {
        // Half-open window: both sides of both bounds, and the suffixes of each bound.
        { "[1.26.0,1.30.0)", "1.25.99", false },
        { "[1.26.0,1.30.0)", "1.26.0", true },
        { "[1.26.0,1.30.0)", "v1.26.0", true },
        { "[1.26.0,1.30.0)", "1.26", true },
        { "[1.26.0,1.30.0)", "1.26.0-rc.1", false },
        { "[1.26.0,1.30.0)", "1.26.0+rke2r1", true },
        { "[1.26.0,1.30.0)", "1.29.99", true },
        { "[1.26.0,1.30.0)", "1.30.0-rc.1", true },
        { "[1.26.0,1.30.0)", "1.30.0", false },
        { "[1.26.0,1.30.0)", "1.30.0+rke2r1", false },
        { "[1.26.0,1.30.0)", "v1.30.0-eks-16b398d", false },
        { "[1.26.0,1.30.0)", "v1.29.4-eks-16b398d", true },

        // Unbounded below.
        { "(,3.20.0)", "0.1", true },
        { "(,3.20.0)", "3.19.99", true },
        { "(,3.20.0)", "v3.20.0-0.dev-123-gabc", true },
        { "(,3.20.0)", "3.20.0", false },
        { "(,3.20.0)", "v3.20.0", false },
        { "(,3.20.0)", "3.20.0+build1", false },

        // Unbounded above.
        { "[1.14.0,)", "1.13.99", false },
        { "[1.14.0,)", "1.14.0-rc.1", false },
        { "[1.14.0,)", "1.14.0", true },
        { "[1.14.0,)", "v1.14.0+k0s.0", true },
        { "[1.14.0,)", "99.0", true },

        // A union of patch windows: each edge of each window, and the gaps.
        { KubeOvnUnion, "1.26.99", false },
        { KubeOvnUnion, "1.27.0", true },
        { KubeOvnUnion, "1.27.10", true },
        { KubeOvnUnion, "1.27.11", false },
        { KubeOvnUnion, "1.27.11-rc.1", true },
        { KubeOvnUnion, "1.28.0", true },
        { KubeOvnUnion, "1.28.6", true },
        { KubeOvnUnion, "1.28.7", false },
        { KubeOvnUnion, "1.29.0", true },
        { KubeOvnUnion, "v1.29.1", true },
        { KubeOvnUnion, "1.29.2", false },
        { KubeOvnUnion, "1.30.0", false },

        // Bounds with builds: the plain release sorts before every build of it.
        { "[v1.31.1+k0s.0,v1.31.3+k0s.0)", "v1.31.1", false },
        { "[v1.31.1+k0s.0,v1.31.3+k0s.0)", "v1.31.1+k0s.0", true },
        { "[v1.31.1+k0s.0,v1.31.3+k0s.0)", "v1.31.2+k0s.0", true },
        { "[v1.31.1+k0s.0,v1.31.3+k0s.0)", "v1.31.2+k0s.10", true },
        { "[v1.31.1+k0s.0,v1.31.3+k0s.0)", "v1.31.3", true },
        { "[v1.31.1+k0s.0,v1.31.3+k0s.0)", "v1.31.3+k0s.0", false },
        { "[v1.31.1+k0s.0,v1.31.3+k0s.0)", "v1.31.3+k0s.1", false },

        // Bounds with a pre-release or an image-tag variant.
        { "[1.30.0-rc.1,1.30.0]", "1.30.0-beta.3", false },
        { "[1.30.0-rc.1,1.30.0]", "1.30.0-rc.1", true },
        { "[1.30.0-rc.1,1.30.0]", "1.30.0-rc.2", true },
        { "[1.30.0-rc.1,1.30.0]", "1.30.0", true },
        { "[1.30.0-rc.1,1.30.0]", "1.30.0+rke2r1", false },
        { "(,v2.2.1-iptables1.8.9-0]", "v2.2.1", true },
        { "(,v2.2.1-iptables1.8.9-0]", "v2.2.1-iptables1.8.9-0", true },
        { "(,v2.2.1-iptables1.8.9-0]", "v2.2.1-iptables1.8.10-0", false },

        // Submariner's milestones and candidates are pre-releases: inside below an excluded upper bound, outside
        // below an included lower one.
        { "[0.20.2,0.21.0)", "0.20.2-m1", false },
        { "[0.20.2,0.21.0)", "0.20.2", true },
        { "[0.20.2,0.21.0)", "0.21.0-m1", true },
        { "[0.20.2,0.21.0)", "v0.21.0-m4", true },
        { "[0.20.2,0.21.0)", "0.21.0-rc0", true },
        { "[0.20.2,0.21.0)", "0.21.0", false },
        { "[0.21.0-m2,)", "0.21.0-m1", false },
        { "[0.21.0-m2,)", "0.21.0-m2", true },

        // A bare version, a single-version window, and everything.
        { "1.2.3", "v1.2.3", true },
        { "1.2.3", "1.2.4", false },
        { "[1.2.3]", "1.2.3", true },
        { "[1.2.3]", "1.2.3+b1", false },
        { "*", "0.0.1-alpha", true },
        { "(,1.0) | [2.0,3.0) || [4.0,)", "2.5", true },
        { "(,1.0) | [2.0,3.0) || [4.0,)", "3.5", false },
        { "(,1.0) | [2.0,3.0) || [4.0,)", "4.0", true },
    };

    [Theory]
    [MemberData(nameof(ContainsRows))]
    public void Contains_VersionAtOrNearBound_MatchesIntervalNotation(string range, string version, bool inside)
    {
        var parsed = VersionRange.Parse(range);

        Assert.Equal(inside, parsed.Contains(SoftwareVersion.Parse(version)));
    }

    [Fact]
    public void Parse_Union_KeepsWindowsInOrder()
    {
        var range = VersionRange.Parse(KubeOvnUnion);

        Assert.Equal(3, range.Intervals.Length);
        Assert.Equal(SoftwareVersion.Parse("1.28.0"), range.Intervals[1].Minimum);
        Assert.True(range.Intervals[1].IncludesMinimum);
        Assert.Equal(SoftwareVersion.Parse("1.28.7"), range.Intervals[1].Maximum);
        Assert.False(range.Intervals[1].IncludesMaximum);
        Assert.Equal(KubeOvnUnion, range.Text);
        Assert.Equal(KubeOvnUnion, range.ToString());
    }

    [Theory]
    [InlineData("(,3.20.0)", null, "3.20.0")]
    [InlineData("[1.14.0,)", "1.14.0", null)]
    public void Parse_EmptyBound_IsUnbounded(string text, string? minimum, string? maximum)
    {
        var interval = Assert.Single(VersionRange.Parse(text).Intervals);

        Assert.Equal(minimum, interval.Minimum?.Original);
        Assert.Equal(maximum, interval.Maximum?.Original);
        Assert.Equal(text, interval.ToString());
    }

    [Fact]
    public void Parse_BareVersion_IsSingleVersionWindow()
    {
        var interval = Assert.Single(VersionRange.Parse("1.2.3").Intervals);

        Assert.Equal("[1.2.3]", interval.ToString());
    }

    [Fact]
    public void Equals_SameWindowsDifferentSeparators_EqualWithSameHashCode()
    {
        var a = VersionRange.Parse("[1.0,2.0) ∪ [3.0,4.0)");
        var b = VersionRange.Parse("[v1.0.0,v2.0.0) || [3.0,4.0)");

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, VersionRange.Parse("[1.0,2.0)"));
    }

    // text, words the message must contain
    [Theory]
    [InlineData("", "the range is empty")]
    [InlineData("1", "window 1 ('1', at position 0) is neither a version nor starts with '[' or '('")]
    [InlineData("abc", "window 1 ('abc', at position 0) is neither a version")]
    [InlineData("[1.0,", "window 1 ('[1.0,', at position 0) does not end with ']' or ')'")]
    [InlineData("[2.0,1.0)", "has a lower bound above its upper bound")]
    [InlineData("[,1.0]", "includes an unbounded end")]
    [InlineData("[1.0,)]", "has an upper bound ')' that is not a version")]
    [InlineData("[1.0,2.0,3.0)", "has more than one ','")]
    [InlineData("[x,2.0)", "has a lower bound 'x' that is not a version")]
    [InlineData("(1.0)", "must be a single version in square brackets")]
    [InlineData("[1.0,2.0) ∪ ", "window 2 ('', at position 12) is empty")]
    [InlineData("[1.0,2.0) ∪ [3.0", "window 2 ('[3.0', at position 12) does not end")]
    [InlineData("[1.0,2.0) || [3.0", "window 2 ('[3.0', at position 13) does not end")]
    [InlineData("[1.0,1.0)", "contains no version")]
    [InlineData("(1.0,1.0]", "contains no version")]
    public void Parse_NotARange_ThrowsSayingWhatIsWrong(string text, string problem)
    {
        var error = Assert.Throws<VersionFormatException>(() => VersionRange.Parse(text));

        Assert.Equal(text, error.Input);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.False(VersionRange.TryParse(text, out _));
    }
}
