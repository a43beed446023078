using CompatRules.Collectors.Files;
using CompatRules.Collectors.Host;

namespace CompatRules.Collectors.Tests.Host;

public class ProcStatusParserTest
{
    [Fact]
    public void CapabilityMask_CapEffLine_ParsesHex()
    {
        var text = "Name:\tx\nCapPrm:\t000001ffffffffff\nCapEff:\t000001fffeffcfff\nCapBnd:\t000001ffffffffff\n";
        Assert.Equal(0x000001fffeffcfffUL, ProcStatusParser.CapabilityMask(text, "status"));
    }

    [Fact]
    public void CapabilityMask_NoLine_GivesNull()
    {
        Assert.Null(ProcStatusParser.CapabilityMask("Name:\tx\n", "status"));
    }

    [Fact]
    public void CapabilityMask_BadHex_NamesFileAndLine()
    {
        var e = Assert.Throws<CollectorParseException>(() => ProcStatusParser.CapabilityMask("Name:\tx\nCapEff:\tzz\n", "/proc/self/status"));
        Assert.Equal("/proc/self/status:2: CapEff value 'zz' is not a 16-digit hexadecimal mask", e.Message);
    }
}
