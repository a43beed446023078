using CompatRules.Settings;

namespace CompatRules.Tests.Settings;

public class KubeProxyConfigurationParserTest
{
    private static string Values(string yaml)
        => string.Join("; ", KubeProxyConfigurationParser.Parse(yaml, "f").Select(v => $"{v.Path}={v.Value}@{v.Line}"));

    [Theory]
    [InlineData("kind: KubeProxyConfiguration\nmode: ipvs\n", "mode=ipvs@2")]
    [InlineData("mode: \"nftables\"\r\n", "mode=nftables@1")]
    [InlineData("mode: ''\n", "mode=@1")]
    [InlineData("mode:\n", "mode=@1")]
    [InlineData("ipvs:\n  mode: fake\nmode: iptables # default\n", "mode=iptables@3")]
    [InlineData("ipvs:\n  scheduler: rr\n  strictARP: true\nmode: ipvs\n", "ipvs.strictARP=true@3; mode=ipvs@4")]
    [InlineData("nftables: {skipKernelVersionCheck: true}\n", "nftables.skipKernelVersionCheck=true@1")]
    [InlineData("{\"kind\": \"KubeProxyConfiguration\", \"mode\": \"ipvs\", \"ipvs\": {\"strictARP\": false}}", "mode=ipvs@1; ipvs.strictARP=false@1")]
    [InlineData("conntrack:\n  min: null\nexcludeCIDRs: [a, b]\n? [complex, key]\n: mode\nmode: ipvs\n", "mode=ipvs@6")]
    [InlineData("base: &b {mode: x}\nother: *b\nmode: kernelspace\n", "mode=kernelspace@3")]
    [InlineData("mode: ipvs\n---\nmode: iptables\n", "mode=ipvs@1")]
    [InlineData("", "")]
    [InlineData("# only a comment\n", "")]
    public void Parse_KubeProxyConfiguration_GivesTheFieldsReadWithTheirLines(string yaml, string expected)
        => Assert.Equal(expected, Values(yaml));

    [Theory]
    [InlineData("mode: ipvs\nmode: iptables\n", "f:2: mode is set twice (first on line 1)")]
    [InlineData("kind: KubeletConfiguration\nmode: ipvs\n", "f:1: kind is 'KubeletConfiguration', expected KubeProxyConfiguration")]
    [InlineData("just a line of text\n", "f:1: not a KubeProxyConfiguration: the document is the scalar 'just a line of text', expected a mapping")]
    [InlineData("- mode: ipvs\n", "f:1: not a KubeProxyConfiguration: the document is a sequence, expected a mapping")]
    [InlineData("mode: [unterminated\n", "f:2: not a KubeProxyConfiguration: ")]
    [InlineData("ipvs:\n  strictARP: true\n strictARP: false\n", "f:3: not a KubeProxyConfiguration: ")]
    public void Parse_NotAKubeProxyConfiguration_NamesTheFileAndLine(string yaml, string message)
        => Assert.StartsWith(message, Assert.Throws<SettingsFileFormatException>(() => KubeProxyConfigurationParser.Parse(yaml, "f")).Message, StringComparison.Ordinal);

    [Fact]
    public void Parse_NestedPastTheLimit_IsAnErrorNotAStackOverflow()
    {
        var deep = new string('[', 100_000);

        var error = Assert.Throws<SettingsFileFormatException>(() => KubeProxyConfigurationParser.Parse("a: " + deep, "f"));

        Assert.Equal("f:1: nested more than 64 levels deep", error.Message);
    }
}
