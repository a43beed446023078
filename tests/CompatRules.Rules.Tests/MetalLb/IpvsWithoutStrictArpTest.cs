using System.Collections.Immutable;
using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.CniAddonFacts;

namespace CompatRules.Rules.Tests.MetalLb;

public class IpvsWithoutStrictArpTest
{
    private const string Id = "METALLB-IPVS-STRICTARP";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    private static Fact[] Report(string kubeProxy = "v1.30.4", string mode = "ipvs", string strictArp = "false") =>
    [
        Component(ComponentNames.MetalLb, "v0.14.8"),
        Component(ComponentNames.KubeProxy, kubeProxy),
        Setting(ComponentNames.KubeProxy, "mode", mode),
        Setting(ComponentNames.KubeProxy, "ipvs.strictARP", strictArp),
    ];

    private static RuleResult Evaluate(IEnumerable<Fact> facts) => Engine.Evaluate(FactSet.Create(facts))[Id]!;

    [Theory]
    [InlineData("v1.14.1", Outcome.NotAffected)]
    [InlineData("v1.14.2", Outcome.Affected)]
    [InlineData("v1.14.2-eksbuild.1", Outcome.Affected)]
    [InlineData("v1.28.7-gke.1026000", Outcome.Affected)]
    [InlineData("v1.31.4+rke2r1", Outcome.Affected)]
    public void Evaluate_KubeProxyVersion_FromTheFirstWithStrictArp(string kubeProxy, Outcome expected)
        => Assert.Equal(expected, Evaluate(Report(kubeProxy)).Outcome);

    [Theory]
    [InlineData("ipvs", "true", Outcome.NotAffected)]
    [InlineData("ipvs", "false", Outcome.Affected)]
    [InlineData("iptables", "false", Outcome.NotAffected)]
    [InlineData("nftables", "false", Outcome.NotAffected)]
    public void Evaluate_ModeAndStrictArp(string mode, string strictArp, Outcome expected)
        => Assert.Equal(expected, Evaluate(Report(mode: mode, strictArp: strictArp)).Outcome);

    [Fact]
    public void Evaluate_Firing_NotesTheSetting()
        => Assert.Equal(["kube-proxy v1.30.4 in ipvs mode with ipvs.strictARP=false."], Evaluate(Report()).Notes.ToArray());

    [Fact]
    public void Evaluate_NoMetalLb_NotApplicable()
        => Assert.Equal(Outcome.NotApplicable, Evaluate(Report().Without(ComponentVersion.KeyFor(ComponentNames.MetalLb))).Outcome);

    [Theory]
    [InlineData("setting:kube-proxy/ipvs.strictARP")]
    [InlineData("setting:kube-proxy/mode")]
    [InlineData("component:kube-proxy")]
    public void Evaluate_FactMissing_UnknownNamesIt(string removed)
    {
        var result = Evaluate(Report().Without(removed));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal([removed], result.MissingFacts.ToArray());
    }

    // kube-proxy present without a readable version (a digest-pinned image) is missing knowledge, not good news.
    [Fact]
    public void Evaluate_KubeProxyVersionUnreadable_IsUnknownNamingTheVersion()
    {
        var result = Evaluate(Report().Replacing(VersionlessComponent(ComponentNames.KubeProxy)));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["component:kube-proxy (version)"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_KubeProxyVersionUnreadableWithComponentsCollected_StaysUnknown()
        => Assert.Equal(["component:kube-proxy (version)"],
            Evaluate([.. Report().Replacing(VersionlessComponent(ComponentNames.KubeProxy)), Collected("component:*")]).MissingFacts.ToArray());

    [Fact]
    public void Evaluate_KubeProxyVersionUnreadableButStrictArpOn_IsNotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate(Report(strictArp: "true").Replacing(VersionlessComponent(ComponentNames.KubeProxy))).Outcome);
}
