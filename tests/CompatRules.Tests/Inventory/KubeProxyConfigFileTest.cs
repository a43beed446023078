using CompatRules.Inventory;

namespace CompatRules.Tests.Inventory;

public class KubeProxyConfigFileTest
{
    [Theory]
    [InlineData("kind: KubeProxyConfiguration\nmode: ipvs\n", "ipvs", 2)]
    [InlineData("mode: \"nftables\"\r\n", "nftables", 1)]
    [InlineData("mode: ''\n", "", 1)]
    [InlineData("ipvs:\n  mode: fake\nmode: iptables # default\n", "iptables", 3)]
    public void FindMode_TopLevelModeLine_GivesValueAndLine(string yaml, string value, int line)
        => Assert.Equal((value, line), KubeProxyConfigFile.FindMode(yaml));

    [Fact]
    public void FindMode_NoTopLevelMode_GivesNull()
        => Assert.Null(KubeProxyConfigFile.FindMode("ipvs:\n  mode: nested\nkind: KubeProxyConfiguration\n"));
}
