using Xunit.Abstractions;

namespace CompatRules.Fuzz;

/// <summary>Mutation fuzzing of the Netlink parsers; the budget is COMPATRULES_FUZZ_CASES per parser.</summary>
public class NetlinkFuzzTest(ITestOutputHelper output)
{
    [Theory]
    [InlineData("netlink-message")]
    [InlineData("netlink-attribute")]
    [InlineData("rtnetlink-link")]
    [InlineData("nfnetlink")]
    [InlineData("ethtool-genl")]
    [InlineData("ethtool-ioctl")]
    [InlineData("netlink-reply")]
    [InlineData("iptables-legacy-entries")]
    public void Parse_MutatedCorpus_OnlyDocumentedExceptionNoHangBoundedMemory(string target) => FuzzAssert.Holds(target, output);
}
