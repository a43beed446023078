using CompatRules.Inventory;

namespace CompatRules.Tests.Inventory;

public class OsImageClassifierTest
{
    public static TheoryData<string, string, string?, string> Images => new()
    {
        { "Ubuntu 22.04.5 LTS", "ubuntu", "22.04", "debian" },
        { "Ubuntu 24.04 LTS", "ubuntu", "24.04", "debian" },
        { "Rocky Linux 9.5 (Blue Onyx)", "rocky", "9.5", "rhel" },
        { "AlmaLinux 9.4 (Seafoam Ocelot)", "almalinux", "9.4", "rhel" },
        { "CentOS Linux 8", "centos", "8", "rhel" },
        { "CentOS Stream 9", "centos", "9", "rhel" },
        { "Red Hat Enterprise Linux 8.8 (Ootpa)", "rhel", "8.8", "fedora" },
        { "Red Hat Enterprise Linux CoreOS 418.94.202503102036-0", "rhcos", "4.18", "rhel" },
        { "Red Hat Enterprise Linux CoreOS 9.6.20251119-0 (Plow)", "rhcos", "9.6", "rhel" },
        { "Debian GNU/Linux 12 (bookworm)", "debian", "12", "debian" },
        { "SUSE Linux Enterprise Server 15 SP5", "sles", "15.5", "suse" },
        { "SUSE Linux Enterprise Micro 5.5", "sle-micro", "5.5", "suse" },
        { "Harvester v1.4.1", "sle-micro-rancher", null, "suse" },
        { "Flatcar Container Linux by Kinvolk 4081.2.1 (Oklo)", "flatcar", "4081.2.1", "flatcar" },
        { "Amazon Linux 2", "amzn", "2", "rhel" },
        { "Bottlerocket OS 1.26.2 (aws-k8s-1.31)", "bottlerocket", "1.26.2", "bottlerocket" },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void Classify_KnownPrettyName_GivesIdVersionAndLikeness(string osImage, string id, string? versionId, string like)
    {
        var os = OsImageClassifier.Classify(osImage);

        Assert.Equal((id, versionId, osImage), (os.Id, os.VersionId, os.PrettyName));
        Assert.True(os.IsLike(like));
    }

    [Fact]
    public void Classify_UnknownPrettyName_GivesUnknownIdAndKeepsTheName()
    {
        var os = OsImageClassifier.Classify("Gentoo Linux");

        Assert.Equal(("unknown", null, "Gentoo Linux"), (os.Id, os.VersionId, os.PrettyName));
        Assert.Empty(os.IdLike);
    }

    [Theory]
    [InlineData("Red Hat Enterprise Linux CoreOS 412.86.202308161343-0 (Ootpa)", "4.12")]
    [InlineData("Red Hat Enterprise Linux CoreOS 9.6.20251119-0 (Plow)", null)]
    [InlineData("Ubuntu 22.04.5 LTS", null)]
    public void OpenShiftMinorFromRhcos_BuildNumber_GivesTheMinorUpTo418Only(string osImage, string? minor)
        => Assert.Equal(minor, OsImageClassifier.OpenShiftMinorFromRhcos(osImage));
}
