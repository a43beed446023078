using CompatRules.Collectors.Files;
using CompatRules.Collectors.Kernel;

namespace CompatRules.Collectors.Tests.Kernel;

public class KernelConfigParserTest
{
    private const string Text = "#\n# Linux/x86 Kernel Configuration\n#\nCONFIG_MPTCP=y\nCONFIG_NF_TABLES=m\n# CONFIG_GENEVE is not set\n"
        + "CONFIG_HZ=250\nCONFIG_BASE=0x10\r\nCONFIG_CC_VERSION_TEXT=\"gcc (GCC) 15.3.0\"\n\n";

    [Theory]
    [InlineData("CONFIG_MPTCP", "y")]
    [InlineData("CONFIG_NF_TABLES", "m")]
    [InlineData("CONFIG_GENEVE", "n")]
    [InlineData("CONFIG_HZ", "250")]
    [InlineData("CONFIG_BASE", "0x10")]
    [InlineData("CONFIG_CC_VERSION_TEXT", "gcc (GCC) 15.3.0")]
    public void Parse_ConfigLine_GivesValue(string option, string expected)
    {
        Assert.Equal(expected, KernelConfigParser.Parse(Text, "config")[option]);
    }

    [Fact]
    public void Parse_CommentsOnly_GivesNoOptions()
    {
        Assert.Empty(KernelConfigParser.Parse("# comment\n\n#\n", "config"));
    }

    [Fact]
    public void Parse_GarbageLine_NamesFileAndLine()
    {
        var e = Assert.Throws<CollectorParseException>(() => KernelConfigParser.Parse("CONFIG_A=y\nnot a config line\n", "/boot/config-x"));
        Assert.Equal("/boot/config-x:2: expected CONFIG_<NAME>=<value>, found 'not a config line'", e.Message);
    }
}
