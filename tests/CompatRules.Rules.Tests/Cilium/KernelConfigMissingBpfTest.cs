using System.Collections.Immutable;
using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.CniAddonFacts;

namespace CompatRules.Rules.Tests.Cilium;

public class KernelConfigMissingBpfTest
{
    private const string Id = "CILIUM-KERNEL-CONFIG";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    private static readonly string[] Complete =
    [
        "CONFIG_BPF", "CONFIG_BPF_SYSCALL", "CONFIG_NET_CLS_BPF", "CONFIG_BPF_JIT", "CONFIG_NET_CLS_ACT", "CONFIG_NET_SCH_INGRESS",
        "CONFIG_CRYPTO_SHA1", "CONFIG_CRYPTO_USER_API_HASH", "CONFIG_CGROUPS", "CONFIG_CGROUP_BPF", "CONFIG_PERF_EVENTS", "CONFIG_SCHEDSTATS",
    ];

    private static RuleResult Evaluate(params Fact[] facts) => Engine.Evaluate(FactSet.Create(facts))[Id]!;

    private static KernelConfig Without(params string[] options) => KernelConfigWith([.. Complete.Except(options)]);

    [Theory]
    [InlineData("v1.12.19", Outcome.NotAffected)]
    [InlineData("v1.13.0", Outcome.Affected)]
    [InlineData("v1.18.2", Outcome.Affected)]
    public void Evaluate_CiliumVersionWithoutCgroupBpf_FollowsRange(string cilium, Outcome expected)
        => Assert.Equal(expected, Evaluate(Component(ComponentNames.Cilium, cilium), Without("CONFIG_CGROUP_BPF")).Outcome);

    [Fact]
    public void Evaluate_CompleteConfig_NotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate(Component(ComponentNames.Cilium, "v1.18.2"), KernelConfigWith(Complete)).Outcome);

    [Fact]
    public void Evaluate_OptionsAsModules_NotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate(Component(ComponentNames.Cilium, "v1.18.2"), new KernelConfig(Complete.ToImmutableDictionary(o => o, _ => "m"))).Outcome);

    [Fact]
    public void Evaluate_Firing_NotesEveryMissingOption()
        => Assert.Equal(
            ["kernel configuration lacks CONFIG_NET_SCH_INGRESS, CONFIG_SCHEDSTATS."],
            Evaluate(Component(ComponentNames.Cilium, "v1.18.2"), Without("CONFIG_SCHEDSTATS", "CONFIG_NET_SCH_INGRESS")).Notes.ToArray());

    [Fact]
    public void Evaluate_NoCilium_NotApplicable()
        => Assert.Equal(Outcome.NotApplicable, Evaluate(Without("CONFIG_BPF")).Outcome);

    [Fact]
    public void Evaluate_KernelConfigMissing_UnknownNamesIt()
    {
        var result = Evaluate(Component(ComponentNames.Cilium, "v1.18.2"));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["kernel-config"], result.MissingFacts.ToArray());
    }
}
