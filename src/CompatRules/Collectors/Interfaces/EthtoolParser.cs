using CompatRules.Collectors.Netlink;

namespace CompatRules.Collectors.Interfaces;

/// <summary>Builds and reads the generic netlink messages of the ethtool family (linux-facts §4).</summary>
internal static class EthtoolParser
{
    public const ushort GenlIdCtrl = 0x10;
    public const byte CtrlCmdGetFamily = 3;
    public const ushort CtrlAttrFamilyId = 1;
    public const ushort CtrlAttrFamilyName = 2;
    public const byte FeaturesGet = 11;
    public const ushort FeaturesHeader = 1;
    public const ushort HeaderDevName = 2;
    private const ushort FeaturesHw = 2;
    private const ushort FeaturesWanted = 3;
    private const ushort FeaturesActive = 4;
    private const ushort FeaturesNoChange = 5;
    private const ushort BitsetNoMask = 1;
    private const ushort BitsetBits = 3;
    private const ushort BitsBit = 1;
    private const ushort BitName = 2;
    private const ushort BitValue = 3;
    private const int GenlHeaderLength = 4;

    /// <summary>A <c>CTRL_CMD_GETFAMILY</c> dump of every registered family. Unlike a lookup by name, a dump never
    /// makes the kernel request a module for a family it lacks.</summary>
    public static byte[] FamilyDumpRequest(uint sequence)
        => new NetlinkMessageBuilder(GenlIdCtrl, NetlinkConstants.NLM_F_REQUEST | NetlinkConstants.NLM_F_DUMP, sequence)
            .Bytes([CtrlCmdGetFamily, 1, 0, 0])
            .Build();

    /// <summary>The id of the family named <paramref name="name"/> in a family dump, or null when it is not there.</summary>
    /// <exception cref="NetlinkFormatException">A reply names the family without an id.</exception>
    public static ushort? FindFamily(IEnumerable<NetlinkMessage> replies, string name)
    {
        foreach (var reply in replies)
        {
            if (Attributes(reply).Find(CtrlAttrFamilyName)?.AsString() == name)
            {
                return FamilyId(reply);
            }
        }

        return null;
    }

    public static byte[] FeaturesRequest(ushort familyId, string device, uint sequence)
        => new NetlinkMessageBuilder(familyId, NetlinkConstants.NLM_F_REQUEST, sequence)
            .Bytes([FeaturesGet, 1, 0, 0])
            .BeginNested(FeaturesHeader)
            .String(HeaderDevName, device)
            .EndNested()
            .Build();

    /// <exception cref="NetlinkFormatException">The reply has no family id.</exception>
    public static ushort FamilyId(NetlinkMessage message)
        => Attributes(message).Find(CtrlAttrFamilyId)?.AsUInt16() ?? throw new NetlinkFormatException("CTRL_CMD_NEWFAMILY without CTRL_ATTR_FAMILY_ID");

    /// <summary>Feature name to active state, for every feature named in any of the reply's bitsets.</summary>
    /// <remarks>Verbose bitsets with NOMASK list only set bits; a feature that is off, fixed and not wanted is in none
    /// of them and so is not in the result.</remarks>
    public static Dictionary<string, bool> Features(NetlinkMessage message)
    {
        var attributes = Attributes(message);
        var features = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var set in new[] { FeaturesHw, FeaturesWanted, FeaturesNoChange, FeaturesActive })
        {
            if (attributes.Find(set) is not { } bitset)
            {
                continue;
            }

            var bitsetAttributes = bitset.Nested();
            var noMask = bitsetAttributes.Find(BitsetNoMask) is not null;
            foreach (var bit in bitsetAttributes.Find(BitsetBits)?.Nested().Where(a => a.Type == BitsBit) ?? [])
            {
                var bitAttributes = bit.Nested();
                var name = bitAttributes.Find(BitName)?.AsString();
                if (string.IsNullOrEmpty(name))
                {
                    continue;
                }

                var on = noMask || bitAttributes.Find(BitValue) is not null;
                if (set == FeaturesActive)
                {
                    features[name] = on;
                }
                else
                {
                    features.TryAdd(name, false);
                }
            }
        }

        return features;
    }

    private static List<NetlinkAttribute> Attributes(NetlinkMessage message)
        => message.Payload.Length < GenlHeaderLength
            ? throw new NetlinkFormatException("generic netlink message shorter than genlmsghdr")
            : NetlinkAttributeParser.Parse(message.Payload.AsSpan(GenlHeaderLength));
}
