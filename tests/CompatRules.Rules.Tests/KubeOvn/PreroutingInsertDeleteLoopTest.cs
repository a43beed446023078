using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.CniAddonFacts;

namespace CompatRules.Rules.Tests.KubeOvn;

public class PreroutingInsertDeleteLoopTest
{
    private const string Id = "KOVN-PREROUTING-INSERT-DELETE-LOOP";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    // kubeovn/kube-ovn#5420: the loop on a node whose nat PREROUTING has no KUBE-SERVICES jump (here: kube-proxy in nftables mode).
    private static Fact[] Node(string kubeOvn = "v1.14.0", string mode = "nftables") =>
    [
        Component(ComponentNames.KubeOvn, kubeOvn),
        Component(ComponentNames.KubeProxy, "v1.33.3"),
        Setting(ComponentNames.KubeProxy, "mode", mode),
    ];

    private static Fact[] NoKubeProxy(string kubeOvn = "v1.14.0") => [Component(ComponentNames.KubeOvn, kubeOvn)];

    private static RuleResult Evaluate(IEnumerable<Fact> facts) => Engine.Evaluate(FactSet.Create(facts))[Id]!;

    [Theory]
    [InlineData("v1.14.0", Outcome.Affected)]
    [InlineData("v1.13.13", Outcome.Affected)]
    [InlineData("v1.13.14", Outcome.Affected)]
    [InlineData("v1.13.15", Outcome.NotAffected)]
    [InlineData("v1.13.12", Outcome.NotAffected)]
    [InlineData("v1.14.1", Outcome.NotAffected)]
    [InlineData("v1.15.0", Outcome.NotAffected)]
    public void Evaluate_KubeOvnVersionWithNftablesKubeProxy_FollowsAffectedWindow(string kubeOvn, Outcome expected)
        => Assert.Equal(expected, Evaluate(Node(kubeOvn)).Outcome);

    [Theory]
    [InlineData("nftables", Outcome.Affected)]
    [InlineData("iptables", Outcome.NotAffected)]
    [InlineData("ipvs", Outcome.NotAffected)]
    [InlineData("", Outcome.NotAffected)]
    public void Evaluate_KubeProxyMode_DecidesWhetherTheJumpExists(string mode, Outcome expected)
        => Assert.Equal(expected, Evaluate(Node(mode: mode)).Outcome);

    [Fact]
    public void Evaluate_NftablesMode_NotesTheMode()
        => Assert.Equal(["No KUBE-SERVICES jump in nat PREROUTING: kube-proxy mode 'nftables'."], Evaluate(Node()).Notes.ToArray());

    [Fact]
    public void Evaluate_KubeProxyKnownAbsent_IsAffectedAndSaysWhy()
    {
        var result = Evaluate([.. NoKubeProxy(), Collected("component:*")]);
        Assert.Equal(Outcome.Affected, result.Outcome);
        Assert.Equal(["No KUBE-SERVICES jump in nat PREROUTING: kube-proxy is not among the collected components."], result.Notes.ToArray());
    }

    [Fact]
    public void Evaluate_KubeProxyPresenceNotKnown_IsUnknownNamingBothEvidences()
    {
        var result = Evaluate(NoKubeProxy());
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["status:component:*", "setting:kube-proxy/mode"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_KubeProxyModeMissing_IsUnknownNamingTheSetting()
    {
        var result = Evaluate([.. Node().Without("setting:kube-proxy/mode"), Collected("component:*")]);
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["setting:kube-proxy/mode"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_NoKubeOvn_IsNotApplicable()
        => Assert.Equal(Outcome.NotApplicable, Evaluate(Node().Without(ComponentVersion.KeyFor(ComponentNames.KubeOvn))).Outcome);
}
