using CompatRules.Collectors.Kernel;

namespace CompatRules.Collectors.Tests.Kernel;

public class ModulesBuiltinParserTest
{
    [Fact]
    public void Parse_Paths_GivesModuleNamesWithUnderscores()
    {
        var names = ModulesBuiltinParser.Parse("kernel/net/netfilter/x_tables.ko\nkernel/drivers/net/net-failover.ko\n\n");
        Assert.Equal(["x_tables", "net_failover"], names);
    }
}
