using CompatRules.Inventory;

namespace CompatRules.Tests.Inventory;

public class ImageTagVersionTest
{
    [Theory]
    [InlineData("v3.28.2-0", "Calico", "v3.28.2")]
    [InlineData("v3.29.1-build20241211", "Calico", "v3.29.1")]
    [InlineData("v3.28.1-ppc64le", "Calico", "v3.28.1")]
    [InlineData("v3.28.0-0.dev-123-gabc", "Calico", "v3.28.0-0.dev-123-gabc")]
    [InlineData("v1.14.0-debug-x86", "Standard", "v1.14.0")]
    [InlineData("v1.31.4-rke2r1-build20241212", "KubeProxy", "v1.31.4")]
    [InlineData("v2.2.1-iptables1.8.9-0", "WholeTag", "v2.2.1-iptables1.8.9-0")]
    [InlineData("0.19.0", "Standard", "0.19.0")]
    public void Read_TagWithSuffix_GivesTheRelease(string tag, string policy, string expected)
        => Assert.Equal(expected, ImageTagVersion.Read(tag, Enum.Parse<TagPolicy>(policy))!.Original);

    [Theory]
    [InlineData("latest", "WholeTag")]
    [InlineData("devel", "Standard")]
    [InlineData("release-0.19", "Standard")]
    [InlineData("master", "Calico")]
    public void Read_TagThatIsNoVersion_GivesNull(string tag, string policy)
        => Assert.Null(ImageTagVersion.Read(tag, Enum.Parse<TagPolicy>(policy)));

    [Fact]
    public void Read_K0sCalicoRevision_IsNotBelowThePlainRelease()
        => Assert.Equal(ImageTagVersion.Read("v3.28.2", TagPolicy.Calico), ImageTagVersion.Read("v3.28.2-0", TagPolicy.Calico));
}
