using CompatRules.Collectors.Iptables;
using CompatRules.Collectors.Netlink;
using CompatRules.Collectors.Tests.Support;

namespace CompatRules.Collectors.Tests.Netlink;

public class NftablesParserTest
{
    [Fact]
    public void Table_CapturedDump_GivesFamiliesAndNames()
    {
        var tables = CapturedNetlink.Messages("nft-gettable-hint.hex").Select(NftablesParser.Table).ToList();

        Assert.Equal(3, tables.Count);
        Assert.Contains(new NftTable(2, "mangle"), tables);
        Assert.Contains(new NftTable(10, "filter"), tables);
        Assert.Contains(new NftTable(2, "nat"), tables);
    }

    [Fact]
    public void Chain_CapturedDump_GivesHintChainsAndBaseChain()
    {
        var chains = CapturedNetlink.Messages("nft-getchain-hint.hex").Select(NftablesParser.Chain).ToList();

        Assert.Contains(new NftChain(2, "mangle", "KUBE-IPTABLES-HINT", false), chains);
        Assert.Contains(new NftChain(10, "filter", "KUBE-KUBELET-CANARY", false), chains);
        Assert.Contains(new NftChain(2, "nat", "POSTROUTING", true), chains);
        Assert.Contains(new NftChain(2, "nat", "KUBE-SERVICES", false), chains);
        Assert.Equal(4, chains.Count);
    }

    [Fact]
    public void Chain_TableMessage_Throws()
    {
        var table = CapturedNetlink.Messages("nft-gettable-hint.hex")[0];
        var e = Assert.Throws<NetlinkFormatException>(() => NftablesParser.Chain(table));
        Assert.Equal("expected nft message 0x0a03, got 0x0a00", e.Message);
    }

    [Fact]
    public void DumpRequest_GetChain_IsHeaderPlusUnspecNfgenmsg()
    {
        Assert.Equal("14000000040a0103050000000000000000000000", Convert.ToHexString(NftablesParser.DumpRequest(NftablesParser.MsgGetChain, 5)).ToLowerInvariant());
    }
}
