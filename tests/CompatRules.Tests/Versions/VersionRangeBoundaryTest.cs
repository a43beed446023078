using CompatRules.Versions;

namespace CompatRules.Tests.Versions;

/// <summary>The bracket of each bound decides whether the bound itself is inside: exclusive lower bounds, inclusive
/// upper bounds, windows of one version, and brackets that do not pair up.</summary>
public class VersionRangeBoundaryTest
{
    // range, version, inside
    public static TheoryData<string, string, bool> BoundRows => new()
    {
        { "(1.0,2.0)", "0.9", false },
        { "(1.0,2.0)", "1.0", false },
        { "(1.0,2.0)", "v1.0.0", false },
        { "(1.0,2.0)", "1.0.1", true },
        { "(1.0,2.0)", "1.99", true },
        { "(1.0,2.0)", "2.0", false },
        { "(1.0,2.0)", "2.1", false },
        { "(1.0,2.0]", "1.0", false },
        { "(1.0,2.0]", "2.0", true },
        { "(1.0,2.0]", "2.0.1", false },
        { "[1.0,2.0]", "1.0", true },
        { "[1.0,2.0]", "0.99", false },
        { "(1.0,)", "1.0", false },
        { "(1.0,)", "1.0.1", true },
        { "(,1.0]", "1.0", true },
        { "(,1.0]", "1.0.1", false },
        { "[1.0,1.0]", "1.0", true },
        { "[1.0,1.0]", "1.0.1", false },
        { "[1.0,1.0]", "0.9", false },
    };

    [Theory]
    [MemberData(nameof(BoundRows))]
    public void Contains_AtAndBesideEachBound_FollowsItsBracket(string range, string version, bool inside)
    {
        var parsed = VersionRange.Parse(range);

        Assert.Equal(inside, parsed.Contains(SoftwareVersion.Parse(version)));
        Assert.Equal(inside, Assert.Single(parsed.Intervals).Contains(SoftwareVersion.Parse(version)));
    }

    [Theory]
    [InlineData("(1.0,2.0)", false, false)]
    [InlineData("(1.0,2.0]", false, true)]
    [InlineData("[1.0,2.0)", true, false)]
    [InlineData("[1.0,2.0]", true, true)]
    public void Parse_Brackets_SetWhichBoundsAreIncluded(string text, bool includesMinimum, bool includesMaximum)
    {
        var interval = Assert.Single(VersionRange.Parse(text).Intervals);

        Assert.Equal((includesMinimum, includesMaximum), (interval.IncludesMinimum, interval.IncludesMaximum));
        Assert.Equal(text, interval.ToString());
    }

    [Theory]
    [InlineData("[1.2.3)")]
    [InlineData("(1.2.3]")]
    [InlineData("(1.2.3)")]
    public void Parse_OneVersionWithoutSquareBrackets_IsRefused(string text)
    {
        var error = Assert.Throws<VersionFormatException>(() => VersionRange.Parse(text));

        Assert.Contains("must be a single version in square brackets", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1.0,1.0]", "[1.0]")]
    [InlineData("[1.2.3]", "[1.2.3]")]
    public void Parse_WindowOfOneVersion_PrintsAsOneVersion(string text, string printed)
        => Assert.Equal(printed, Assert.Single(VersionRange.Parse(text).Intervals).ToString());

    [Theory]
    [InlineData("[1.0,1.0)")]
    [InlineData("(1.0,1.0)")]
    public void Parse_EqualBoundsWithOneExcluded_IsRefused(string text)
        => Assert.Contains("contains no version", Assert.Throws<VersionFormatException>(() => VersionRange.Parse(text)).Problem, StringComparison.Ordinal);

    [Theory]
    [InlineData("[1.0,2.0) ∪ (2.0,3.0)", "2.0", false)]
    [InlineData("[1.0,2.0) ∪ (2.0,3.0)", "2.5", true)]
    [InlineData("[1.0,2.0) ∪ (2.0,3.0)", "1.5", true)]
    [InlineData("[1.0,2.0) ∪ (2.0,3.0)", "3.0", false)]
    public void Contains_UnionWithAGapOfOneVersion_LeavesTheGapOut(string range, string version, bool inside)
        => Assert.Equal(inside, VersionRange.Parse(range).Contains(SoftwareVersion.Parse(version)));
}
