using System.Text;
using CompatRules.Collectors.Interfaces;
using CompatRules.Collectors.Netlink;

namespace CompatRules.Collectors.Tests.Netlink;

public class EthtoolIoctlParserTest
{
    [Fact]
    public void Features_StringsAndBlocks_MapsActiveBitsByName()
    {
        var names = new[] { "tx-scatter-gather", "tx-checksum-ipv4", string.Empty, "tx-checksum-ip-generic" }
            .Concat(Enumerable.Repeat(string.Empty, 28)).Append("rx-checksum").ToArray();
        var strings = new byte[12 + (names.Length * 32)];
        for (var i = 0; i < names.Length; i++)
        {
            Encoding.ASCII.GetBytes(names[i]).CopyTo(strings, 12 + (i * 32));
        }

        var features = new byte[8 + (2 * 16)];
        BitConverter.GetBytes(0b1001u).CopyTo(features, 8 + 8);
        BitConverter.GetBytes(0b1u).CopyTo(features, 8 + 16 + 8);

        var result = EthtoolIoctlParser.Features(strings, features, names.Length);

        Assert.Equal(
            new Dictionary<string, bool> { ["tx-scatter-gather"] = true, ["tx-checksum-ipv4"] = false, ["tx-checksum-ip-generic"] = true, ["rx-checksum"] = true },
            result);
    }

    [Fact]
    public void Features_ShortBuffer_Throws()
    {
        var e = Assert.Throws<NetlinkFormatException>(() => EthtoolIoctlParser.Features(new byte[12], new byte[8], 1));
        Assert.Equal("ethtool ioctl buffers too short for 1 features", e.Message);
    }
}
