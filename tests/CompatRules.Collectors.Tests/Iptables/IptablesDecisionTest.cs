using CompatRules.Collectors.Iptables;
using CompatRules.Facts;

namespace CompatRules.Collectors.Tests.Iptables;

public class IptablesDecisionTest
{
    private static readonly NftObservation NftEmpty = new(CollectionState.Collected, null, [], []);
    private static readonly NftObservation NftDenied = new(CollectionState.PermissionDenied, "netlink request: EPERM (1)", [], []);
    private static readonly LegacyObservation LegacyEmpty = new(CollectionState.Collected, null, [], [], []);

    private static readonly (NftObservation Nft, LegacyObservation Legacy, IptablesBackend Backend, string Path)[] CaseTable =
    [
        (Nft(new NftChain(2, "mangle", "KUBE-IPTABLES-HINT", false)), LegacyEmpty, IptablesBackend.Nft, "iptables-wrappers v3 step 1: hint chain in nft ip mangle"),
        (Nft(new NftChain(10, "mangle", "KUBE-KUBELET-CANARY", false)), LegacyEmpty, IptablesBackend.Nft, "iptables-wrappers v3 step 2: hint chain in nft ip6 mangle"),
        (Nft(new NftChain(2, "nat", "KUBE-KUBELET-CANARY", false)), LegacyEmpty, IptablesBackend.Nft, "iptables-wrappers v3 step 5: no hint chain anywhere, default nft"),
        (Nft(new NftChain(1, "mangle", "KUBE-IPTABLES-HINT", false)), LegacyEmpty, IptablesBackend.Nft, "iptables-wrappers v3 step 5: no hint chain anywhere, default nft"),
        (NftEmpty, Legacy(new LegacyChain(false, "nat", "KUBE-KUBELET-CANARY")), IptablesBackend.Legacy, "iptables-wrappers v3 step 3: hint chain in legacy iptables"),
        (NftEmpty, Legacy(new LegacyChain(true, "filter", "KUBE-IPTABLES-HINT")), IptablesBackend.Legacy, "iptables-wrappers v3 step 4: hint chain in legacy ip6tables"),
        (NftDenied, Legacy(new LegacyChain(false, "mangle", "KUBE-IPTABLES-HINT")), IptablesBackend.Legacy, "iptables-wrappers v3 step 3: hint chain in legacy iptables (nft side unread, steps 1-2 unknown)"),
        (NftDenied, LegacyEmpty, IptablesBackend.Unknown, "undecided: nft side PermissionDenied and no hint chain in legacy"),
        (NftEmpty, new LegacyObservation(CollectionState.PermissionDenied, "EPERM", ["nat"], [], []), IptablesBackend.Unknown, "undecided: no hint chain in nft, legacy side PermissionDenied"),
        (new NftObservation(CollectionState.Unsupported, "EPROTONOSUPPORT", [], []), new LegacyObservation(CollectionState.Absent, "missing", [], [], []), IptablesBackend.Nft, "iptables-wrappers v3 step 5: no hint chain anywhere, default nft"),
        (Nft(new NftChain(2, "mangle", "KUBE-IPTABLES-HINT", false)), Legacy(new LegacyChain(false, "filter", "KUBE-KUBELET-CANARY")), IptablesBackend.Nft, "iptables-wrappers v3 step 1: hint chain in nft ip mangle"),
    ];

    /// <summary>Row numbers of <see cref="CaseTable"/> (the observation types are internal, so rows go by index).</summary>
    public static TheoryData<int> Cases => new(Enumerable.Range(0, CaseTable.Length));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decide_Observations_FollowsIptablesWrappersV3(int row)
    {
        var (nft, legacy, backend, path) = CaseTable[row];

        var mode = IptablesDecision.Decide(nft, legacy);

        Assert.Equal(backend, mode.Backend);
        Assert.Equal(path, mode.DecisionPath);
    }

    [Fact]
    public void Decide_HintsInBothBackends_ReportsMixedEvidence()
    {
        var mode = IptablesDecision.Decide(
            Nft(new NftChain(2, "mangle", "KUBE-IPTABLES-HINT", false)),
            Legacy(new LegacyChain(false, "filter", "KUBE-KUBELET-CANARY")));

        Assert.Equal(
        [
            "nft: 1 table(s) (ip mangle), 1 chain(s)",
            "nft: table ip mangle has chain KUBE-IPTABLES-HINT",
            "legacy: ip_tables_names [filter], ip6_tables_names []",
            "legacy: iptables table filter has chain KUBE-KUBELET-CANARY",
            "hint chains exist in both backends: the node mixes iptables-nft and iptables-legacy",
        ], mode.Evidence.ToArray());
    }

    private static NftObservation Nft(NftChain chain)
        => new(CollectionState.Collected, null, [new NftTable(chain.Family, chain.Table)], [chain]);

    private static LegacyObservation Legacy(LegacyChain chain)
        => new(CollectionState.Collected, null, chain.Ipv6 ? [] : [chain.Table], chain.Ipv6 ? [chain.Table] : [], [chain]);
}
