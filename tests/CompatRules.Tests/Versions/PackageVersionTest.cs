using CompatRules.Versions;

namespace CompatRules.Tests.Versions;

/// <summary>Package versions ordered as dpkg and rpm order them: the cases of dpkg's own tests (t-version) and rpm's
/// rpmvercmp.at, then versions of the networking packages as real distribution releases ship them.</summary>
public class PackageVersionTest
{
    [Theory]
    // dpkg's lib/dpkg/t/t-version.c and dpkg --compare-versions behaviour
    [InlineData("1.0", "1.0", 0)]
    [InlineData("0:1.0", "1.0", 0)]
    [InlineData("1.0", "1.0-0", 0)]
    [InlineData("1.0-1", "1.0-2", -1)]
    [InlineData("1.0", "1.0.0", -1)]
    [InlineData("1.0~rc1", "1.0", -1)]
    [InlineData("1.0~~", "1.0~~a", -1)]
    [InlineData("1.0~~a", "1.0~", -1)]
    [InlineData("1.0~", "1.0", -1)]
    [InlineData("1.0", "1.0a", -1)]
    [InlineData("1.0a", "1.0+", -1)]
    [InlineData("1.0", "1.0+b1", -1)]
    [InlineData("1:1.0", "2.0", 1)]
    [InlineData("2:1.0", "1:2.0", 1)]
    [InlineData("1.0-0ubuntu1", "1.0-1", -1)]
    [InlineData("1.001", "1.1", 0)]
    [InlineData("10", "9", 1)]
    // iptables, nftables, systemd, openvswitch, kmod as Debian and Ubuntu ship them
    [InlineData("1.8.4-3ubuntu2.1", "1.8.7-1ubuntu5.2", -1)]
    [InlineData("1.8.7-1ubuntu5", "1.8.7-1ubuntu5.2", -1)]
    [InlineData("1.8.7-1ubuntu5.2", "1.8.8", -1)]
    [InlineData("1.8.9-2", "1.8.10-3ubuntu2", -1)]
    [InlineData("1.8.9-2", "1.8.9-2+deb12u1", -1)]
    [InlineData("1.0.6-2+deb12u2", "1.0.6-2+deb12u1", 1)]
    [InlineData("252.33-1~deb12u1", "252.33-1", -1)]
    [InlineData("249.11-0ubuntu3.12", "255.4-1ubuntu8.4", -1)]
    [InlineData("2.17.9-0ubuntu0.22.04.1", "3.1.0-2+deb12u1", -1)]
    [InlineData("30+20221128-1", "31+20240202-2ubuntu7", -1)]
    [InlineData("1:2.38.1-5+deb12u3", "2.40.2-1", 1)]
    public void Dpkg_Compare_OrdersAsDpkg(string a, string b, int expected)
    {
        Assert.Equal(expected, Math.Sign(PackageVersion.ParseDpkg(a).CompareTo(PackageVersion.ParseDpkg(b))));
        Assert.Equal(-expected, Math.Sign(PackageVersion.ParseDpkg(b).CompareTo(PackageVersion.ParseDpkg(a))));
    }

    [Theory]
    // rpm's tests/rpmvercmp.at
    [InlineData("1.0", "1.0", 0)]
    [InlineData("1.0", "2.0", -1)]
    [InlineData("2.0.1", "2.0.1", 0)]
    [InlineData("2.0", "2.0.1", -1)]
    [InlineData("2.0.1a", "2.0.1", 1)]
    [InlineData("5.5p1", "5.5p2", -1)]
    [InlineData("5.5p10", "5.5p1", 1)]
    [InlineData("10xyz", "10.1xyz", -1)]
    [InlineData("xyz10", "xyz10.1", -1)]
    [InlineData("xyz.4", "8", -1)]
    [InlineData("5.5p2", "5.6p1", -1)]
    [InlineData("5.6p1", "6.5p1", -1)]
    [InlineData("6.0.rc1", "6.0", 1)]
    [InlineData("10b2", "10a1", 1)]
    [InlineData("1.0aa", "1.0a", 1)]
    [InlineData("10.0001", "10.1", 0)]
    [InlineData("10.0001", "10.0039", -1)]
    [InlineData("4.999.9", "5.0", -1)]
    [InlineData("20101121", "20101122", -1)]
    [InlineData("2_0", "2_0", 0)]
    [InlineData("2.0", "2_0", 0)]
    [InlineData("a+", "a_", 0)]
    [InlineData("1.0~rc1", "1.0", -1)]
    [InlineData("1.0~rc1", "1.0~rc2", -1)]
    [InlineData("1.0~rc1~git123", "1.0~rc1", -1)]
    [InlineData("1.0^", "1.0", 1)]
    [InlineData("1.0^git1", "1.0", 1)]
    [InlineData("1.0^git1", "1.01", -1)]
    [InlineData("1.0^20160101", "1.0.1", -1)]
    [InlineData("1.0~rc1^git1", "1.0~rc1", 1)]
    [InlineData("1.0^git1~pre", "1.0^git1", -1)]
    // iptables, nftables, systemd, kernel-modules-extra, openvswitch as RHEL, Fedora and Amazon Linux ship them
    [InlineData("1.4.21-35.el7", "1.8.5-11.el8_9", -1)]
    [InlineData("1.8.8-6.el9_1", "1.8.10-11.el9_5", -1)]
    [InlineData("1.8.10-11.el9", "1.8.10-11.el9_5", -1)]
    [InlineData("1.8.10-7.fc40", "1.8.10-11.el9_5", -1)]
    [InlineData("1.8.8-3.amzn2023.0.2", "1.8.8-3.amzn2023.0.10", -1)]
    [InlineData("1:0.9.3-26.el8", "1.0.9-3.el9", 1)]
    [InlineData("1:0.9.3-26.el8", "1:1.0.9-3.el9", -1)]
    [InlineData("239-82.el8_10.2", "252-46.el9_5.2", -1)]
    [InlineData("252-46.el9_5", "252-46.el9_5.2", -1)]
    [InlineData("5.14.0-427.13.1.el9_4", "5.14.0-503.14.1.el9_5", -1)]
    [InlineData("5.14.0-503.14.1.el9_5", "5.14.0-503.14.1.el9_5", 0)]
    [InlineData("3.3.0-49.el9fdp", "3.3.0-9.el9fdp", 1)]
    [InlineData("1.8.8", "1.8.8-13.el9", 0)]
    public void Rpm_Compare_OrdersAsRpmvercmpAndEvr(string a, string b, int expected)
    {
        Assert.Equal(expected, Math.Sign(PackageVersion.ParseRpm(a).CompareTo(PackageVersion.ParseRpm(b))));
        Assert.Equal(-expected, Math.Sign(PackageVersion.ParseRpm(b).CompareTo(PackageVersion.ParseRpm(a))));
    }

    [Fact]
    public void Parse_SplitsEpochUpstreamAndRevision()
    {
        var dpkg = PackageVersion.ParseDpkg("1:2.38.1-5+deb12u3");
        var rpm = PackageVersion.FromRpmTags(1, "1.0.9", "3.el9");

        Assert.Equal((1L, true, "2.38.1", "5+deb12u3", PackageVersionScheme.Dpkg), (dpkg.Epoch, dpkg.HasEpoch, dpkg.Upstream, dpkg.Release, dpkg.Scheme));
        Assert.Equal(("1:1.0.9-3.el9", PackageVersionScheme.Rpm), (rpm.Original, rpm.Scheme));
        Assert.Equal(rpm, PackageVersion.ParseRpm("1:1.0.9-3.el9"));
        Assert.Equal("1.8.10", PackageVersion.ParseDpkg("1.8.10").Upstream);
        Assert.Null(PackageVersion.ParseDpkg("1.8.10").Release);
    }

    [Fact]
    public void CompareToString_ReadsTheThresholdInTheVersionsOwnScheme()
    {
        var jammy = PackageVersion.ParseDpkg("1.8.7-1ubuntu5.2");
        var rhel = PackageVersion.ParseRpm("1.8.10-11.el9_5");

        Assert.True(jammy.IsBefore("1.8.8"));
        Assert.True(jammy.IsAtLeast("1.8.7-1ubuntu5"));
        Assert.True(rhel.IsAtLeast("1.8.10"));
        Assert.True(rhel < PackageVersion.ParseRpm("1.8.10-12.el9"));
    }

    [Fact]
    public void Compare_DifferentSchemes_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => PackageVersion.ParseDpkg("1.8.9-2").CompareTo(PackageVersion.ParseRpm("1.8.9-2")));

        Assert.StartsWith("a Dpkg version (1.8.9-2) does not compare with a Rpm version (1.8.9-2)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "the version is empty")]
    [InlineData("a:1.0", "the epoch before ':' is not a number")]
    [InlineData(":1.0", "the epoch before ':' is not a number")]
    [InlineData("1.0-", "the revision after '-' is empty")]
    [InlineData("1:", "the version is empty")]
    [InlineData("1.0 beta", "the version has the character ' ', which is not allowed")]
    [InlineData("1.0-1/2", "the revision has the character '/', which is not allowed")]
    public void ParseDpkg_NotAVersion_SaysWhy(string text, string problem)
        => Assert.Equal(problem, Assert.Throws<VersionFormatException>(() => PackageVersion.ParseDpkg(text)).Problem);

    [Theory]
    [InlineData("1.0-1-2", "the version has the character '-', which is not allowed")]
    [InlineData("1.0-", "the release after '-' is empty")]
    [InlineData("99999999999999999999:1", "the epoch before ':' is not a number")]
    public void ParseRpm_NotAVersion_SaysWhy(string text, string problem)
        => Assert.Equal(problem, Assert.Throws<VersionFormatException>(() => PackageVersion.ParseRpm(text)).Problem);
}
