using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.CniAddonFacts;

namespace CompatRules.Rules.Tests.Spiderpool;

/// <summary>Every Spiderpool fix rule (knowledge base G), one row per range edge: first affected, last affected,
/// first fixed and the release before the window, plus the fixed release of each line.</summary>
public class SpiderpoolFixRulesTest
{
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    private static readonly string[] Ids = ["SPIDERPOOL-2929-COORDINATOR-STATUS", "SPIDERPOOL-2974-CHART-MULTUS-UNINSTALL", "SPIDERPOOL-3020-COORDINATOR-SERVICE-CIDR", "SPIDERPOOL-3118-COORDINATOR-UPGRADE-PANIC", "SPIDERPOOL-3211-KUBEADM-CONFIG-LOOKUP", "SPIDERPOOL-2639-IFACER-BOND-VLAN0", "SPIDERPOOL-2756-INIT-POD-MULTUS-DISABLED", "SPIDERPOOL-2738-COORDINATOR-DETECT-NETNS", "SPIDERPOOL-2971-AGENT-KUBEVIRT-STATIC-IP", "SPIDERPOOL-3011-IPPOOL-INHERIT-ORPHAN", "SPIDERPOOL-2538-STATEFULSET-DUPLICATE-IP", "SPIDERPOOL-2370-GET-TOP-CONTROLLER", "SPIDERPOOL-2444-MULTUSCONFIG-EMPTY-SPEC-PANIC", "SPIDERPOOL-2434-COORDINATOR-PODCIDRTYPE-AUTO", "SPIDERPOOL-2518-IPAM-POOL-EXHAUSTED", "SPIDERPOOL-2532-CONTROLLER-READINESS", "SPIDERPOOL-2514-MULTUS-NAME-NAMESPACE"];

    public static TheoryData<string> RuleIds => new(Ids);

    public static TheoryData<string, string, Outcome> Edges => new()
    {
        { "SPIDERPOOL-2929-COORDINATOR-STATUS", "v0.7.9", Outcome.NotAffected },
        { "SPIDERPOOL-2929-COORDINATOR-STATUS", "v0.8.0", Outcome.Affected },
        { "SPIDERPOOL-2929-COORDINATOR-STATUS", "v0.8.3", Outcome.Affected },
        { "SPIDERPOOL-2929-COORDINATOR-STATUS", "v0.8.4", Outcome.NotAffected },
        { "SPIDERPOOL-2929-COORDINATOR-STATUS", "v0.9.0", Outcome.NotAffected },
        { "SPIDERPOOL-2929-COORDINATOR-STATUS", "v1.0.0", Outcome.NotAffected },
        { "SPIDERPOOL-2974-CHART-MULTUS-UNINSTALL", "v0.7.9", Outcome.NotAffected },
        { "SPIDERPOOL-2974-CHART-MULTUS-UNINSTALL", "v0.8.0", Outcome.Affected },
        { "SPIDERPOOL-2974-CHART-MULTUS-UNINSTALL", "v0.8.3", Outcome.Affected },
        { "SPIDERPOOL-2974-CHART-MULTUS-UNINSTALL", "v0.8.4", Outcome.NotAffected },
        { "SPIDERPOOL-2974-CHART-MULTUS-UNINSTALL", "v0.9.0", Outcome.NotAffected },
        { "SPIDERPOOL-2974-CHART-MULTUS-UNINSTALL", "v1.0.0", Outcome.NotAffected },
        { "SPIDERPOOL-3020-COORDINATOR-SERVICE-CIDR", "v0.7.9", Outcome.NotAffected },
        { "SPIDERPOOL-3020-COORDINATOR-SERVICE-CIDR", "v0.8.0", Outcome.Affected },
        { "SPIDERPOOL-3020-COORDINATOR-SERVICE-CIDR", "v0.8.3", Outcome.Affected },
        { "SPIDERPOOL-3020-COORDINATOR-SERVICE-CIDR", "v0.8.4", Outcome.NotAffected },
        { "SPIDERPOOL-3020-COORDINATOR-SERVICE-CIDR", "v0.9.0", Outcome.NotAffected },
        { "SPIDERPOOL-3020-COORDINATOR-SERVICE-CIDR", "v1.0.0", Outcome.NotAffected },
        { "SPIDERPOOL-3118-COORDINATOR-UPGRADE-PANIC", "v0.8.9", Outcome.NotAffected },
        { "SPIDERPOOL-3118-COORDINATOR-UPGRADE-PANIC", "v0.9.0", Outcome.Affected },
        { "SPIDERPOOL-3118-COORDINATOR-UPGRADE-PANIC", "v0.9.1", Outcome.NotAffected },
        { "SPIDERPOOL-3118-COORDINATOR-UPGRADE-PANIC", "v1.0.0", Outcome.NotAffected },
        { "SPIDERPOOL-3211-KUBEADM-CONFIG-LOOKUP", "v0.8.9", Outcome.NotAffected },
        { "SPIDERPOOL-3211-KUBEADM-CONFIG-LOOKUP", "v0.9.0", Outcome.Affected },
        { "SPIDERPOOL-3211-KUBEADM-CONFIG-LOOKUP", "v0.9.1", Outcome.Affected },
        { "SPIDERPOOL-3211-KUBEADM-CONFIG-LOOKUP", "v0.9.2", Outcome.NotAffected },
        { "SPIDERPOOL-3211-KUBEADM-CONFIG-LOOKUP", "v1.0.0", Outcome.NotAffected },
        { "SPIDERPOOL-2639-IFACER-BOND-VLAN0", "v0.6.9", Outcome.NotAffected },
        { "SPIDERPOOL-2639-IFACER-BOND-VLAN0", "v0.7.0", Outcome.Affected },
        { "SPIDERPOOL-2639-IFACER-BOND-VLAN0", "v0.7.1", Outcome.Affected },
        { "SPIDERPOOL-2639-IFACER-BOND-VLAN0", "v0.7.2", Outcome.NotAffected },
        { "SPIDERPOOL-2639-IFACER-BOND-VLAN0", "v0.7.9", Outcome.NotAffected },
        { "SPIDERPOOL-2639-IFACER-BOND-VLAN0", "v0.8.0", Outcome.Affected },
        { "SPIDERPOOL-2639-IFACER-BOND-VLAN0", "v0.8.1", Outcome.NotAffected },
        { "SPIDERPOOL-2639-IFACER-BOND-VLAN0", "v0.9.0", Outcome.NotAffected },
        { "SPIDERPOOL-2639-IFACER-BOND-VLAN0", "v1.0.0", Outcome.NotAffected },
        { "SPIDERPOOL-2756-INIT-POD-MULTUS-DISABLED", "v0.7.9", Outcome.NotAffected },
        { "SPIDERPOOL-2756-INIT-POD-MULTUS-DISABLED", "v0.8.0", Outcome.Affected },
        { "SPIDERPOOL-2756-INIT-POD-MULTUS-DISABLED", "v0.8.2", Outcome.Affected },
        { "SPIDERPOOL-2756-INIT-POD-MULTUS-DISABLED", "v0.8.3", Outcome.NotAffected },
        { "SPIDERPOOL-2756-INIT-POD-MULTUS-DISABLED", "v0.9.0", Outcome.NotAffected },
        { "SPIDERPOOL-2756-INIT-POD-MULTUS-DISABLED", "v1.0.0", Outcome.NotAffected },
        { "SPIDERPOOL-2738-COORDINATOR-DETECT-NETNS", "v0.6.9", Outcome.NotAffected },
        { "SPIDERPOOL-2738-COORDINATOR-DETECT-NETNS", "v0.7.0", Outcome.Affected },
        { "SPIDERPOOL-2738-COORDINATOR-DETECT-NETNS", "v0.7.1", Outcome.Affected },
        { "SPIDERPOOL-2738-COORDINATOR-DETECT-NETNS", "v0.7.2", Outcome.NotAffected },
        { "SPIDERPOOL-2738-COORDINATOR-DETECT-NETNS", "v0.7.9", Outcome.NotAffected },
        { "SPIDERPOOL-2738-COORDINATOR-DETECT-NETNS", "v0.8.0", Outcome.Affected },
        { "SPIDERPOOL-2738-COORDINATOR-DETECT-NETNS", "v0.8.2", Outcome.Affected },
        { "SPIDERPOOL-2738-COORDINATOR-DETECT-NETNS", "v0.8.3", Outcome.NotAffected },
        { "SPIDERPOOL-2738-COORDINATOR-DETECT-NETNS", "v0.9.0", Outcome.NotAffected },
        { "SPIDERPOOL-2738-COORDINATOR-DETECT-NETNS", "v1.0.0", Outcome.NotAffected },
        { "SPIDERPOOL-2971-AGENT-KUBEVIRT-STATIC-IP", "v0.7.9", Outcome.NotAffected },
        { "SPIDERPOOL-2971-AGENT-KUBEVIRT-STATIC-IP", "v0.8.0", Outcome.Affected },
        { "SPIDERPOOL-2971-AGENT-KUBEVIRT-STATIC-IP", "v0.8.3", Outcome.Affected },
        { "SPIDERPOOL-2971-AGENT-KUBEVIRT-STATIC-IP", "v0.8.4", Outcome.NotAffected },
        { "SPIDERPOOL-2971-AGENT-KUBEVIRT-STATIC-IP", "v0.9.0", Outcome.NotAffected },
        { "SPIDERPOOL-2971-AGENT-KUBEVIRT-STATIC-IP", "v1.0.0", Outcome.NotAffected },
        { "SPIDERPOOL-3011-IPPOOL-INHERIT-ORPHAN", "v0.7.9", Outcome.NotAffected },
        { "SPIDERPOOL-3011-IPPOOL-INHERIT-ORPHAN", "v0.8.0", Outcome.Affected },
        { "SPIDERPOOL-3011-IPPOOL-INHERIT-ORPHAN", "v0.8.9", Outcome.Affected },
        { "SPIDERPOOL-3011-IPPOOL-INHERIT-ORPHAN", "v0.9.0", Outcome.NotAffected },
        { "SPIDERPOOL-3011-IPPOOL-INHERIT-ORPHAN", "v1.0.0", Outcome.NotAffected },
        { "SPIDERPOOL-2538-STATEFULSET-DUPLICATE-IP", "v0.6.9", Outcome.NotAffected },
        { "SPIDERPOOL-2538-STATEFULSET-DUPLICATE-IP", "v0.7.0", Outcome.Affected },
        { "SPIDERPOOL-2538-STATEFULSET-DUPLICATE-IP", "v0.7.1", Outcome.NotAffected },
        { "SPIDERPOOL-2538-STATEFULSET-DUPLICATE-IP", "v1.0.0", Outcome.NotAffected },
        { "SPIDERPOOL-2370-GET-TOP-CONTROLLER", "v0.5.9", Outcome.NotAffected },
        { "SPIDERPOOL-2370-GET-TOP-CONTROLLER", "v0.6.0", Outcome.Affected },
        { "SPIDERPOOL-2370-GET-TOP-CONTROLLER", "v0.6.9", Outcome.Affected },
        { "SPIDERPOOL-2370-GET-TOP-CONTROLLER", "v0.7.0", Outcome.Affected },
        { "SPIDERPOOL-2370-GET-TOP-CONTROLLER", "v0.7.1", Outcome.NotAffected },
        { "SPIDERPOOL-2370-GET-TOP-CONTROLLER", "v0.8.0", Outcome.NotAffected },
        { "SPIDERPOOL-2370-GET-TOP-CONTROLLER", "v1.0.0", Outcome.NotAffected },
        { "SPIDERPOOL-2444-MULTUSCONFIG-EMPTY-SPEC-PANIC", "v0.6.9", Outcome.NotAffected },
        { "SPIDERPOOL-2444-MULTUSCONFIG-EMPTY-SPEC-PANIC", "v0.7.0", Outcome.Affected },
        { "SPIDERPOOL-2444-MULTUSCONFIG-EMPTY-SPEC-PANIC", "v0.7.9", Outcome.Affected },
        { "SPIDERPOOL-2444-MULTUSCONFIG-EMPTY-SPEC-PANIC", "v0.8.0", Outcome.NotAffected },
        { "SPIDERPOOL-2444-MULTUSCONFIG-EMPTY-SPEC-PANIC", "v1.0.0", Outcome.NotAffected },
        { "SPIDERPOOL-2434-COORDINATOR-PODCIDRTYPE-AUTO", "v0.6.9", Outcome.NotAffected },
        { "SPIDERPOOL-2434-COORDINATOR-PODCIDRTYPE-AUTO", "v0.7.0", Outcome.Affected },
        { "SPIDERPOOL-2434-COORDINATOR-PODCIDRTYPE-AUTO", "v0.7.9", Outcome.Affected },
        { "SPIDERPOOL-2434-COORDINATOR-PODCIDRTYPE-AUTO", "v0.8.0", Outcome.NotAffected },
        { "SPIDERPOOL-2434-COORDINATOR-PODCIDRTYPE-AUTO", "v1.0.0", Outcome.NotAffected },
        { "SPIDERPOOL-2518-IPAM-POOL-EXHAUSTED", "v0.6.9", Outcome.NotAffected },
        { "SPIDERPOOL-2518-IPAM-POOL-EXHAUSTED", "v0.7.0", Outcome.Affected },
        { "SPIDERPOOL-2518-IPAM-POOL-EXHAUSTED", "v0.7.1", Outcome.NotAffected },
        { "SPIDERPOOL-2518-IPAM-POOL-EXHAUSTED", "v0.8.0", Outcome.NotAffected },
        { "SPIDERPOOL-2518-IPAM-POOL-EXHAUSTED", "v1.0.0", Outcome.NotAffected },
        { "SPIDERPOOL-2532-CONTROLLER-READINESS", "v0.6.9", Outcome.NotAffected },
        { "SPIDERPOOL-2532-CONTROLLER-READINESS", "v0.7.0", Outcome.Affected },
        { "SPIDERPOOL-2532-CONTROLLER-READINESS", "v0.7.1", Outcome.NotAffected },
        { "SPIDERPOOL-2532-CONTROLLER-READINESS", "v0.8.0", Outcome.NotAffected },
        { "SPIDERPOOL-2532-CONTROLLER-READINESS", "v1.0.0", Outcome.NotAffected },
        { "SPIDERPOOL-2514-MULTUS-NAME-NAMESPACE", "v0.6.9", Outcome.NotAffected },
        { "SPIDERPOOL-2514-MULTUS-NAME-NAMESPACE", "v0.7.0", Outcome.Affected },
        { "SPIDERPOOL-2514-MULTUS-NAME-NAMESPACE", "v0.7.1", Outcome.NotAffected },
        { "SPIDERPOOL-2514-MULTUS-NAME-NAMESPACE", "v0.8.0", Outcome.NotAffected },
        { "SPIDERPOOL-2514-MULTUS-NAME-NAMESPACE", "v1.0.0", Outcome.NotAffected },
    };

    private static RuleResult Evaluate(string ruleId, params Fact[] facts) => Engine.Evaluate(FactSet.Create(facts))[ruleId]!;

    [Theory]
    [MemberData(nameof(Edges))]
    public void Evaluate_SpiderpoolVersion_FollowsTheRuleWindows(string ruleId, string version, Outcome expected)
        => Assert.Equal(expected, Evaluate(ruleId, Component(ComponentNames.Spiderpool, version)).Outcome);

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Evaluate_NoSpiderpool_IsNotApplicable(string ruleId)
        => Assert.Equal(Outcome.NotApplicable, Evaluate(ruleId, Component(ComponentNames.Calico, "v3.29.1")).Outcome);

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Evaluate_SpiderpoolVersionUnreadable_IsUnknownNamingTheVersion(string ruleId)
    {
        var result = Evaluate(ruleId, VersionlessComponent(ComponentNames.Spiderpool));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["component:spiderpool (version)"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_ChartLabelVersionWithoutV_IsReadLikeTheImageTag()
        => Assert.Equal(Outcome.Affected, Evaluate("SPIDERPOOL-2929-COORDINATOR-STATUS", Component(ComponentNames.Spiderpool, "0.8.3")).Outcome);

    [Fact]
    public void Evaluate_AffectedVersion_NotesTheFixedReleases()
        => Assert.Equal(["Spiderpool v0.8.3 predates the fix; first fixed releases: v0.8.4, v0.9.0."], Evaluate("SPIDERPOOL-2929-COORDINATOR-STATUS", Component(ComponentNames.Spiderpool, "v0.8.3")).Notes.ToArray());

    [Fact]
    public void Rules_AllSeventeenFixes_AreRegisteredWithSpiderpoolComponent()
        => Assert.Equal(Ids.Order(), Engine.Rules.Where(r => r.Component == ComponentNames.Spiderpool).Select(r => r.Id).Order());
}
