using CompatRules.Versions;

namespace CompatRules.Tests.Versions;

/// <summary>Every comparison operator of the three version types, on older, newer and equal versions (equal ones
/// written differently), so that &lt; and &lt;= (and &gt; and &gt;=) cannot be swapped unnoticed.</summary>
public class VersionOperatorTest
{
    /// <summary>left, right, sign of left compared with right.</summary>
    public static TheoryData<string, string, int> SoftwarePairs => new()
    {
        { "1.26.0", "1.26.1", -1 },
        { "1.27.0", "1.26.9", 1 },
        { "v1.26.0", "1.26", 0 },
        { "1.30.0-rc.1", "1.30.0", -1 },
    };

    public static TheoryData<string, string, int> KernelPairs => new()
    {
        // Releases that differ only in the patch level, both ways, and the same release written twice.
        { "5.4.9-generic", "5.4.10-generic", -1 },
        { "5.4.10", "5.4.9", 1 },
        { "5.9.0-1-amd64", "5.9.0-1-amd64", 0 },
        { "5.8.0", "5.9.0", -1 },
        { "6.0.0", "5.19.17", 1 },
    };

    public static TheoryData<string, string, int> DpkgPairs => new()
    {
        { "1.8.7-1", "1.8.8-1", -1 },
        { "1.8.10-1", "1.8.9-1", 1 },
        { "1.0-1", "1.00-1", 0 },
    };

    [Theory]
    [MemberData(nameof(SoftwarePairs))]
    public void SoftwareVersion_Operators_FollowTheOrder(string left, string right, int sign)
    {
        var (a, b) = (SoftwareVersion.Parse(left), SoftwareVersion.Parse(right));
        Assert.Equal(Expected(sign), (a < b, a <= b, a > b, a >= b, a == b, a != b));
        Assert.Equal(sign, Math.Sign(a.CompareTo(b)));
    }

    [Theory]
    [MemberData(nameof(KernelPairs))]
    public void KernelVersion_Operators_FollowTheOrder(string left, string right, int sign)
    {
        var (a, b) = (KernelVersion.Parse(left), KernelVersion.Parse(right));
        Assert.Equal(Expected(sign), (a < b, a <= b, a > b, a >= b, a == b, a != b));
        Assert.Equal(sign, Math.Sign(a.CompareTo(b)));
        Assert.Equal(sign == 0, a.Equals(b));
    }

    [Theory]
    [MemberData(nameof(DpkgPairs))]
    public void PackageVersion_Operators_FollowTheOrder(string left, string right, int sign)
    {
        var (a, b) = (PackageVersion.ParseDpkg(left), PackageVersion.ParseDpkg(right));
        Assert.Equal(Expected(sign), (a < b, a <= b, a > b, a >= b, a.Equals(b), !a.Equals(b)));
        Assert.Equal((sign < 0, sign >= 0), (a.IsBefore(right), a.IsAtLeast(right)));
    }

    [Fact]
    public void NullVersions_SortFirstAndEqualEachOther()
    {
        SoftwareVersion? noSoftware = null;
        KernelVersion? noKernel = null;
        var software = SoftwareVersion.Parse("1.0.0");
        var kernel = KernelVersion.Parse("5.4.0");

        Assert.Equal((true, true, false, false, false, true), (noSoftware < software, noSoftware <= software, noSoftware > software, noSoftware >= software, noSoftware == software, noSoftware != software));
        Assert.Equal((true, true, false, false, false, true), (noKernel < kernel, noKernel <= kernel, noKernel > kernel, noKernel >= kernel, noKernel == kernel, noKernel != kernel));
        var softwareAfterNull = software > noSoftware;
        var softwareBeforeNull = software < noSoftware;
        var kernelAfterNull = kernel > noKernel;
        var kernelBeforeNull = kernel < noKernel;
        Assert.Equal((true, false), (softwareAfterNull, softwareBeforeNull));
        Assert.Equal((true, false), (kernelAfterNull, kernelBeforeNull));
        Assert.True(noSoftware == (SoftwareVersion?)null);
        Assert.True(noKernel == (KernelVersion?)null);
        Assert.Equal(1, software.CompareTo(null));
        Assert.Equal(1, kernel.CompareTo(null));
    }

    private static (bool Less, bool LessOrEqual, bool Greater, bool GreaterOrEqual, bool Equal, bool NotEqual) Expected(int sign)
        => (sign < 0, sign <= 0, sign > 0, sign >= 0, sign == 0, sign != 0);
}
