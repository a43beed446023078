using CompatRules.Versions;

namespace CompatRules.Tests.Versions;

public sealed class KernelVersionTest
{
    // release, major, minor, patch, build
    public static TheoryData<string, int, int, int, string?> ParseRows => new()
    {
        { "5.15.0-91-generic", 5, 15, 0, "91-generic" },
        { "3.10.0-1160.el7.x86_64", 3, 10, 0, "1160.el7.x86_64" },
        { "5.14.0-503.14.1.el9_5.x86_64", 5, 14, 0, "503.14.1.el9_5.x86_64" },
        { "6.8.0-1015-aws", 6, 8, 0, "1015-aws" },
        { "5.14.21-150500.55.65-default", 5, 14, 21, "150500.55.65-default" },
        { "6.18.44-fc-v669", 6, 18, 44, "fc-v669" },
        { "4.18.0-372.69.1.el8_6.x86_64", 4, 18, 0, "372.69.1.el8_6.x86_64" },
        { "6.6.65-flatcar", 6, 6, 65, "flatcar" },
        { "6.1.0-31-amd64", 6, 1, 0, "31-amd64" },
        { "5.17", 5, 17, 0, null },
        { "6.9.0", 6, 9, 0, null },
        { "6.9.0+", 6, 9, 0, null },
        { "6.10.0-rc3", 6, 10, 0, "rc3" },
    };

    [Theory]
    [MemberData(nameof(ParseRows))]
    public void Parse_DistributionRelease_SplitsUpstreamAndBuild(string release, int major, int minor, int patch, string? build)
    {
        var version = KernelVersion.Parse(release);

        Assert.Equal(major, version.Major);
        Assert.Equal(minor, version.Minor);
        Assert.Equal(patch, version.Patch);
        Assert.Equal(build, version.Build);
        Assert.Equal(release, version.Release);
        Assert.Equal(release, version.ToString());
    }

    [Fact]
    public void CompareTo_DistributionReleases_OrdersByUpstreamThenBuild()
    {
        string[] shuffled =
        [
            "6.8.0-1015-aws", "5.15.0-91-generic", "6.18.44-fc-v669", "3.10.0-1160.el7.x86_64",
            "5.14.21-150500.55.65-default", "6.1.0-31-amd64", "4.18.0-372.69.1.el8_6.x86_64",
            "5.14.0-503.14.1.el9_5.x86_64", "6.6.65-flatcar", "5.15.0-105-generic", "5.15.0",
        ];

        var sorted = shuffled.Select(KernelVersion.Parse).Order().Select(v => v.Release).ToArray();

        Assert.Equal(
            [
                "3.10.0-1160.el7.x86_64", "4.18.0-372.69.1.el8_6.x86_64", "5.14.0-503.14.1.el9_5.x86_64",
                "5.14.21-150500.55.65-default", "5.15.0", "5.15.0-91-generic", "5.15.0-105-generic",
                "6.1.0-31-amd64", "6.6.65-flatcar", "6.8.0-1015-aws", "6.18.44-fc-v669",
            ],
            sorted);
    }

    // Each row: lower sorts strictly before higher.
    [Theory]
    [InlineData("5.17", "5.17.0-1-generic")]
    [InlineData("5.16.20-999-generic", "5.17")]
    [InlineData("5.15.0-91-generic", "5.15.0-105-generic")]
    [InlineData("4.18.0-372.69.1.el8_6.x86_64", "4.18.0-553.el8_10.x86_64")]
    [InlineData("5.14.0-503.9.1.el9_5.x86_64", "5.14.0-503.14.1.el9_5.x86_64")]
    [InlineData("5.9", "5.10")]
    public void CompareTo_OrderedPair_SortsLowerFirst(string lower, string higher)
    {
        var a = KernelVersion.Parse(lower);
        var b = KernelVersion.Parse(higher);

        Assert.True(a < b);
        Assert.True(b > a);
        Assert.True(a <= b);
        Assert.False(a >= b);
        Assert.True(a != b);
    }

    [Fact]
    public void CompareTo_BuildOfUpstreamRelease_IsNotBelowThatRelease()
    {
        var distribution = KernelVersion.Parse("5.17.0-1-generic");

        Assert.False(distribution < KernelVersion.Parse("5.17"));
        Assert.False(distribution < new KernelVersion(5, 17));
        Assert.True(distribution >= new KernelVersion(5, 17, 0));
    }

    [Theory]
    [InlineData("5.15.0-91-generic", "5.15.0")]
    [InlineData("3.10.0-1160.el7.x86_64", "3.10.0")]
    [InlineData("5.14.21-150500.55.65-default", "5.14.21")]
    [InlineData("6.6.65-flatcar", "6.6.65")]
    [InlineData("5.17", "5.17")]
    public void Upstream_DistributionRelease_DropsBuild(string release, string upstream)
    {
        var version = KernelVersion.Parse(release);

        Assert.Null(version.Upstream.Build);
        Assert.Equal(upstream, version.Upstream.Release);
        Assert.Equal(KernelVersion.Parse(upstream), version.Upstream);
    }

    [Fact]
    public void Upstream_SameUpstreamDifferentBuilds_CompareEqual()
    {
        var ubuntu = KernelVersion.Parse("5.15.0-91-generic");
        var other = KernelVersion.Parse("5.15.0-105-generic");

        Assert.NotEqual(ubuntu, other);
        Assert.Equal(ubuntu.Upstream, other.Upstream);
        Assert.True(ubuntu.Upstream <= new KernelVersion(5, 15));
    }

    [Theory]
    [InlineData("5.15", "5.15.0")]
    [InlineData(" 5.15.0-91-generic ", "5.15.0-91-generic")]
    [InlineData("5.15.0-091-generic", "5.15.0-91-generic")]
    public void Equals_SameReleaseSpelledDifferently_EqualWithSameHashCode(string left, string right)
    {
        var a = KernelVersion.Parse(left);
        var b = KernelVersion.Parse(right);

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("linux", "expected a number at position 0")]
    [InlineData("5", "expected '.' and the minor number at position 1")]
    [InlineData("5.", "expected '.' and the minor number at position 1")]
    [InlineData("5-generic", "expected '.' and the minor number at position 1")]
    [InlineData("v5.15.0", "expected a number at position 0")]
    public void Parse_NotAKernelRelease_ThrowsSayingWhatIsWrong(string release, string problem)
    {
        var error = Assert.Throws<VersionFormatException>(() => KernelVersion.Parse(release));

        Assert.Equal(release, error.Input);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.False(KernelVersion.TryParse(release, out _));
    }
}
