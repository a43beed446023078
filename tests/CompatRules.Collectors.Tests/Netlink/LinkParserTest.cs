using CompatRules.Collectors.Interfaces;
using CompatRules.Collectors.Netlink;
using CompatRules.Collectors.Tests.Support;

namespace CompatRules.Collectors.Tests.Netlink;

public class LinkParserTest
{
    [Fact]
    public void Parse_CapturedDump_GivesNamesKindsParentsAndMtus()
    {
        var links = CapturedNetlink.Messages("rtm-getlink-vxlan.hex").Select(LinkParser.Parse).ToDictionary(l => l.Name);

        Assert.Equal(["br0", "flannel.1", "lo", "veth0", "veth1", "vxlan.calico"], links.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new LinkInfo(1, "lo", null, 65536, null), links["lo"]);
        Assert.Equal("vxlan", links["vxlan.calico"].Kind);
        Assert.Equal(links["veth0"].Index, links["vxlan.calico"].ParentIndex);
        Assert.Equal(1400, links["vxlan.calico"].Mtu);
        Assert.Null(links["flannel.1"].ParentIndex);
        Assert.Equal(1500, links["flannel.1"].Mtu);
        Assert.Null(links["veth1"].ParentIndex);
        Assert.Equal("bridge", links["br0"].Kind);
    }

    [Fact]
    public void Parse_IpipWithTunnelLink_UsesIptunLink()
    {
        var message = Link(7, "tunl0", "ipip", info => info.UInt32(1, 2), topLevelLink: 0);

        Assert.Equal(new LinkInfo(7, "tunl0", "ipip", 1480, 2), LinkParser.Parse(message));
    }

    [Fact]
    public void Parse_GeneveWithoutParent_HasNoParent()
    {
        var message = Link(9, "genev_sys_6081", "geneve", info => info.UInt32(1, 0), topLevelLink: null);

        Assert.Equal(new LinkInfo(9, "genev_sys_6081", "geneve", 1480, null), LinkParser.Parse(message));
    }

    [Fact]
    public void Parse_VlanWithLink_UsesIflaLink()
    {
        var message = Link(11, "eth0.100", "vlan", info => info.Attribute(1, [100, 0]), topLevelLink: 4);

        Assert.Equal(4, LinkParser.Parse(message).ParentIndex);
    }

    [Fact]
    public void Parse_NoName_Throws()
    {
        var message = NetlinkMessageParser.Split(new NetlinkMessageBuilder(LinkParser.RtmNewLink, 2, 1).Bytes(new byte[16]).UInt32(4, 1500).Build())[0];

        var e = Assert.Throws<NetlinkFormatException>(() => LinkParser.Parse(message));
        Assert.Equal("link 0 has no IFLA_IFNAME", e.Message);
    }

    /// <summary>An RTM_NEWLINK built byte by byte, as a kernel with geneve/ipip would send it.</summary>
    private static NetlinkMessage Link(int index, string name, string kind, Action<NetlinkMessageBuilder> infoData, int? topLevelLink)
    {
        var ifinfomsg = new byte[16];
        BitConverter.GetBytes(index).CopyTo(ifinfomsg, 4);
        var builder = new NetlinkMessageBuilder(LinkParser.RtmNewLink, NetlinkConstants.NLM_F_MULTI, 1)
            .Bytes(ifinfomsg)
            .String(3, name)
            .UInt32(4, 1480);
        if (topLevelLink is { } link)
        {
            builder.UInt32(5, (uint)link);
        }

        builder.BeginNested(18).String(1, kind).BeginNested(2);
        infoData(builder);
        builder.EndNested().EndNested();
        return NetlinkMessageParser.Split(builder.Build())[0];
    }
}
