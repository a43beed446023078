using CompatRules.Collectors.Files;
using CompatRules.Collectors.Kernel;

namespace CompatRules.Collectors.Tests.Kernel;

public class ProcModulesParserTest
{
    [Fact]
    public void Parse_UbuntuFixture_ListsEveryModuleInOrder()
    {
        var names = ProcModulesParser.Parse(FixtureTreeText("ubuntu-22.04/proc/modules"), "modules");

        Assert.Equal(17, names.Count);
        Assert.Equal("xt_conntrack", names[0]);
        Assert.Equal("vboxsf", names[^1]);
        Assert.Contains("br_netfilter", names);
    }

    [Fact]
    public void Parse_NoUnloadFormat_AcceptsDashes()
    {
        Assert.Equal(["nf_tables"], ProcModulesParser.Parse("nf_tables 327680 - - Live 0x0000000000000000\n", "modules"));
    }

    [Fact]
    public void Parse_ShortLine_NamesFileAndLine()
    {
        var e = Assert.Throws<CollectorParseException>(() => ProcModulesParser.Parse("a 1 0 - Live 0x0\nbroken 12\n", "/proc/modules"));
        Assert.Equal("/proc/modules:2: expected at least 6 fields, found 2", e.Message);
    }

    [Fact]
    public void Parse_NonNumericSize_NamesFileAndLine()
    {
        var e = Assert.Throws<CollectorParseException>(() => ProcModulesParser.Parse("a big 0 - Live 0x0\n", "/proc/modules"));
        Assert.Equal("/proc/modules:1: module size 'big' is not a number", e.Message);
    }

    private static string FixtureTreeText(string relative) => Support.FixtureTree.Read(relative);
}
