using CompatRules.Facts;
using CompatRules.Reports;
using CompatRules.Versions;
using static CompatRules.Rules.Tests.CniAddonFacts;
using static CompatRules.Rules.Tests.PackageFacts;

namespace CompatRules.Rules.Tests.Kubelet;

public class IptablesNft181To182DuplicateRulesTest
{
    private const string Id = "KUBELET-IPTABLES-181-182";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    private static ClusterInfo Cluster(string kubelet) => new(SoftwareVersion.Parse(kubelet), ClusterDistributions.Kubernetes);

    private static Fact[] Node(string kubelet = "v1.16.15", string iptables = "1.8.2-4") =>
        [Cluster(kubelet), Dpkg("iptables", iptables), Iptables(IptablesBackend.Nft)];

    private static RuleResult Evaluate(IEnumerable<Fact> facts) => Engine.Evaluate(FactSet.Create(facts))[Id]!;

    [Theory]
    [InlineData("v1.12.7", Outcome.Affected)]
    [InlineData("v1.16.15", Outcome.Affected)]
    [InlineData("v1.16.15-eks-ad4801", Outcome.Affected)]
    [InlineData("v1.17.0", Outcome.NotAffected)]
    [InlineData("v1.17.0+k3s1", Outcome.NotAffected)]
    [InlineData("v1.17.0-gke.1", Outcome.NotAffected)]
    [InlineData("v1.28.7", Outcome.NotAffected)]
    public void Evaluate_Kubelet_FollowsRange(string kubelet, Outcome expected)
        => Assert.Equal(expected, Evaluate(Node(kubelet)).Outcome);

    [Theory]
    [InlineData("1.8.0-1", Outcome.NotAffected)]
    [InlineData("1.8.1-1", Outcome.Affected)]
    [InlineData("1.8.2-4", Outcome.Affected)]
    [InlineData("1.8.3-2~bpo10+1", Outcome.NotAffected)]
    [InlineData("1.8.7-1", Outcome.NotAffected)]
    public void Evaluate_DpkgIptables_OnlyBroken181And182(string iptables, Outcome expected)
        => Assert.Equal(expected, Evaluate(Node(iptables: iptables)).Outcome);

    [Theory]
    [InlineData("1.8.2-9.el8", Outcome.Affected)]
    [InlineData("1.8.4-10.el8", Outcome.NotAffected)]
    public void Evaluate_RpmIptables_OnlyBroken181And182(string iptables, Outcome expected)
        => Assert.Equal(expected, Evaluate(Node().Replacing(Rpm("iptables", iptables))).Outcome);

    [Fact]
    public void Evaluate_LegacyBackend_NotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate(Node().Replacing(Iptables(IptablesBackend.Legacy))).Outcome);

    [Fact]
    public void Evaluate_Firing_NotesKubeletIptablesAndBasis()
        => Assert.Equal(["kubelet v1.16.15 with host iptables 1.8.2-4 in nft mode (iptables mode Nft (test))."], Evaluate(Node()).Notes.ToArray());

    [Theory]
    [InlineData("cluster", "cluster")]
    [InlineData("package:iptables", "package:iptables")]
    [InlineData("iptables", "iptables")]
    public void Evaluate_FactMissing_UnknownNamesIt(string removed, string named)
    {
        var result = Evaluate(Node().Without(removed));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Contains(result.MissingFacts, m => m.StartsWith(named, StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_PackagesCollectedWithoutIptables_NotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate([.. Node().Without("package:iptables"), PackagesCollected()]).Outcome);

    // A cluster fact without the Kubernetes version is missing knowledge, not good news.
    [Fact]
    public void Evaluate_KubernetesVersionUnknown_IsUnknownNamingTheField()
    {
        var result = Evaluate(Node().Replacing(new ClusterInfo(null, ClusterDistributions.Kubernetes)));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["cluster (kubernetes version)"], result.MissingFacts.ToArray());
        Assert.Contains(result.Evidence, e => e.Key == ClusterInfo.FactKey);
    }

    [Fact]
    public void Evaluate_KubernetesVersionUnknownWithClusterCollected_StaysUnknown()
        => Assert.Equal(["cluster (kubernetes version)"],
            Evaluate([.. Node().Replacing(new ClusterInfo(null, ClusterDistributions.Kubernetes)), Collected(ClusterInfo.FactKey)]).MissingFacts.ToArray());

    [Fact]
    public void Evaluate_KubernetesVersionUnknownButIptablesFixed_IsNotAffectedAndSaysWhy()
    {
        var result = Evaluate(Node(iptables: "1.8.7-1").Replacing(new ClusterInfo(null, ClusterDistributions.Kubernetes)));
        Assert.Equal(Outcome.NotAffected, result.Outcome);
        Assert.Contains(result.Notes, n => n.EndsWith("the missing cluster (kubernetes version) cannot change that", StringComparison.Ordinal));
    }
}
