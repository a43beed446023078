using CompatRules.BuiltIn.KubeRouter;
using CompatRules.Facts;
using CompatRules.Reports;
using CompatRules.Versions;
using static CompatRules.Rules.Tests.CniAddonFacts;
using static CompatRules.Rules.Tests.PackageFacts;

namespace CompatRules.Rules.Tests.KubeRouter;

public class IptablesUserspaceSkew188Test
{
    private const string Id = "IPTABLES-USERSPACE-SKEW-188";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    private static ClusterInfo Cluster(string kubelet) => new(SoftwareVersion.Parse(kubelet), ClusterDistributions.Kubernetes);

    /// <summary>Fedora CoreOS 37 as in kube-router#1415: iptables-nft 1.8.8, kube-router v1.5.1, kubelet 1.26.</summary>
    private static Fact[] Node(string kubeRouter = "v1.5.1", string kubelet = "v1.26.0") =>
        [Component(ComponentNames.KubeRouter, kubeRouter), Cluster(kubelet), Rpm("iptables-nft", "1.8.8-3.fc37"), Rpm("iptables-libs", "1.8.8-3.fc37"), Iptables(IptablesBackend.Nft)];

    private static RuleResult Evaluate(IEnumerable<Fact> facts) => Engine.Evaluate(FactSet.Create(facts))[Id]!;

    [Theory]
    [InlineData("v1.4.0", Outcome.Affected)]
    [InlineData("v1.5.1", Outcome.Affected)]
    [InlineData("v1.5.2", Outcome.NotAffected)]
    [InlineData("v2.0.1", Outcome.NotAffected)]
    [InlineData("v1.5.1-iptables1.8.7-0", Outcome.Affected)]
    [InlineData("v1.5.1-iptables1.8.8-0", Outcome.NotAffected)]
    [InlineData("v1.5.1-iptables1.8.10-0", Outcome.NotAffected)]
    public void Evaluate_KubeRouter_FollowsRangeAndBundledIptables(string kubeRouter, Outcome expected)
        => Assert.Equal(expected, Evaluate(Node(kubeRouter: kubeRouter)).Outcome);

    [Theory]
    [InlineData("v1.24.17", Outcome.Affected)]
    [InlineData("v1.26.15", Outcome.Affected)]
    [InlineData("v1.26.15-eks-ad4801", Outcome.Affected)]
    [InlineData("v1.27.0", Outcome.NotAffected)]
    [InlineData("v1.27.0+k0s", Outcome.NotAffected)]
    [InlineData("v1.27.0-gke.1026000", Outcome.NotAffected)]
    [InlineData("v1.28.7+rke2r1", Outcome.NotAffected)]
    public void Evaluate_Kubelet_Before127(string kubelet, Outcome expected)
        => Assert.Equal(expected, Evaluate(Node(kubelet: kubelet)).Outcome);

    [Theory]
    [InlineData("iptables", "1.8.7-1", Outcome.NotAffected)]
    [InlineData("iptables", "1.8.7-1ubuntu5.2", Outcome.NotAffected)]
    [InlineData("iptables", "1.8.8-1", Outcome.Affected)]
    [InlineData("iptables", "1.8.9-2", Outcome.Affected)]
    [InlineData("iptables", "1.8.10-3ubuntu2", Outcome.Affected)]
    public void Evaluate_DpkgHostIptables_From188(string name, string version, Outcome expected)
        => Assert.Equal(expected, Evaluate(Node().Without("package:iptables-nft").Without("package:iptables-libs").Replacing(Dpkg(name, version))).Outcome);

    [Theory]
    [InlineData("1.8.7-28.el9", Outcome.NotAffected)]
    [InlineData("1.8.8-6.el9", Outcome.Affected)]
    [InlineData("1.8.10-11.el9_5", Outcome.Affected)]
    public void Evaluate_RpmHostIptablesNft_From188(string version, Outcome expected)
        => Assert.Equal(expected, Evaluate(Node().Replacing(Rpm("iptables-nft", version)).Replacing(Rpm("iptables-libs", version))).Outcome);

    [Fact]
    public void Evaluate_OnlyLibsAt188_NotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate(Node().Replacing(Rpm("iptables-nft", "1.8.7-28.el9"))).Outcome);

    [Fact]
    public void Evaluate_LegacyBackend_NotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate(Node().Replacing(Iptables(IptablesBackend.Legacy))).Outcome);

    [Fact]
    public void Evaluate_Firing_NotesHostAndImage()
        => Assert.Equal(["host iptables-nft 1.8.8-3.fc37 (nft) is newer than kube-router v1.5.1's bundled iptables; kubelet v1.26.0 creates the KUBE-FIREWALL mark rule."],
            Evaluate(Node()).Notes.ToArray());

    [Fact]
    public void Evaluate_NoKubeRouter_NotApplicable()
        => Assert.Equal(Outcome.NotApplicable, Evaluate(Node().Without(ComponentVersion.KeyFor(ComponentNames.KubeRouter))).Outcome);

    [Fact]
    public void Evaluate_PackagesNotRead_UnknownNamesThem()
    {
        var result = Evaluate(Node().Without("package:iptables-nft").Without("package:iptables-libs"));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["package:*"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_PackagesCollectedWithoutIptables_NotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate([.. Node().Without("package:iptables-nft").Without("package:iptables-libs"), PackagesCollected()]).Outcome);

    [Theory]
    [InlineData("cluster")]
    [InlineData("iptables")]
    public void Evaluate_FactMissing_UnknownNamesIt(string removed)
    {
        var result = Evaluate(Node().Without(removed));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Contains(removed, result.MissingFacts);
    }

    [Theory]
    [InlineData("v1.5.1", true)]
    [InlineData("v1.5.1-iptables1.8.7-0", true)]
    [InlineData("v1.5.1-iptables1.8.8-0", false)]
    [InlineData("v1.5.1-iptables", true)]
    [InlineData("iptables1.8.9-0", false)]
    [InlineData("iptables1.8.7-0", true)]
    public void BundlesPre188_ReadsTheK0sTag(string tag, bool expected)
        => Assert.Equal(expected, IptablesUserspaceSkew188.BundlesPre188(tag));

    // A cluster fact without the Kubernetes version is missing knowledge, not good news.
    [Fact]
    public void Evaluate_KubernetesVersionUnknown_IsUnknownNamingTheField()
    {
        var result = Evaluate(Node().Replacing(new ClusterInfo(null, ClusterDistributions.Kubernetes)));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["cluster (kubernetes version)"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_KubernetesVersionUnknownWithClusterCollected_StaysUnknown()
        => Assert.Equal(["cluster (kubernetes version)"],
            Evaluate([.. Node().Replacing(new ClusterInfo(null, ClusterDistributions.Kubernetes)), Collected(ClusterInfo.FactKey)]).MissingFacts.ToArray());

    [Fact]
    public void Evaluate_KubernetesVersionUnknownButKubeRouterFixed_IsNotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate(Node(kubeRouter: "v2.0.1").Replacing(new ClusterInfo(null, ClusterDistributions.Kubernetes))).Outcome);
}
