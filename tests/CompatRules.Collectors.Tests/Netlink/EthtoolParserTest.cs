using CompatRules.Collectors.Interfaces;
using CompatRules.Collectors.Netlink;
using CompatRules.Collectors.Tests.Support;

namespace CompatRules.Collectors.Tests.Netlink;

public class EthtoolParserTest
{
    [Fact]
    public void FamilyId_CapturedReply_GivesDynamicId()
    {
        var reply = CapturedNetlink.Messages("genl-getfamily-ethtool.hex")[0];
        Assert.Equal(21, EthtoolParser.FamilyId(reply));
    }

    [Fact]
    public void FindFamily_FamilyDump_FindsEthtoolByNameAndNullForAnAbsentFamily()
    {
        var replies = CapturedNetlink.Messages("genl-getfamily-ethtool.hex");

        Assert.Equal((ushort)21, EthtoolParser.FindFamily(replies, "ethtool"));
        Assert.Null(EthtoolParser.FindFamily(replies, "nosuchfamily"));
    }

    [Fact]
    public void Features_CapturedVxlanReply_ActiveFeaturesAreOn()
    {
        var features = EthtoolParser.Features(CapturedNetlink.Messages("ethtool-features-vxlan.hex")[0]);

        Assert.True(features["tx-checksum-ip-generic"]);
        Assert.True(features["tx-generic-segmentation"]);
        Assert.DoesNotContain(string.Empty, features.Keys);
    }

    [Fact]
    public void Features_ValueBitsetWithoutNoMask_ReadsBitValue()
    {
        var builder = new NetlinkMessageBuilder(21, 0, 1).Bytes([11, 1, 0, 0]).BeginNested(4).BeginNested(3);
        Bit(builder, 3, "tx-checksum-ip-generic", on: false);
        Bit(builder, 14, "rx-gro", on: true);
        builder.EndNested().EndNested();

        var features = EthtoolParser.Features(NetlinkMessageParser.Split(builder.Build())[0]);

        Assert.Equal(new Dictionary<string, bool> { ["tx-checksum-ip-generic"] = false, ["rx-gro"] = true }, features);
    }

    [Fact]
    public void Features_ChangeableButInactive_IsOff()
    {
        var builder = new NetlinkMessageBuilder(21, 0, 1).Bytes([11, 1, 0, 0]);
        builder.BeginNested(2).Attribute(1, []).BeginNested(3);
        Bit(builder, 3, "tx-checksum-ip-generic", on: true);
        builder.EndNested().EndNested();
        builder.BeginNested(4).Attribute(1, []).BeginNested(3).EndNested().EndNested();

        var features = EthtoolParser.Features(NetlinkMessageParser.Split(builder.Build())[0]);

        Assert.False(features["tx-checksum-ip-generic"]);
    }

    private static void Bit(NetlinkMessageBuilder builder, uint index, string name, bool on)
    {
        builder.BeginNested(1).UInt32(1, index).String(2, name);
        if (on)
        {
            builder.Attribute(3, []);
        }

        builder.EndNested();
    }
}
