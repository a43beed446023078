using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Cilium;

/// <summary>The node's kernel is built without a kernel option Cilium's eBPF datapath requires.</summary>
[RuleId("CILIUM-KERNEL-CONFIG")]
[Title("Cilium on a kernel built without a required eBPF option (CONFIG_BPF*, cls_bpf, ingress qdisc, cgroup BPF ...)")]
[Severity(Severity.Critical)]
[Component(ComponentNames.Cilium)]
[Tag("kernel-config"), Tag("ebpf")]
[Description("Cilium's system requirements (Documentation/operations/system_requirements.rst) list the kernel options its eBPF datapath needs: " +
    "CONFIG_BPF, CONFIG_BPF_SYSCALL, CONFIG_NET_CLS_BPF, CONFIG_BPF_JIT, CONFIG_NET_CLS_ACT, CONFIG_NET_SCH_INGRESS, CONFIG_CRYPTO_SHA1, " +
    "CONFIG_CRYPTO_USER_API_HASH, CONFIG_CGROUPS, CONFIG_CGROUP_BPF, CONFIG_PERF_EVENTS and CONFIG_SCHEDSTATS; built in or as a module are both " +
    "valid. Distribution kernels have them; minimal or custom kernels may not, and then the agent cannot load or attach its programs. A " +
    "requirement, not a bug: no fix but a kernel built with the options. Optional features (BPF masquerading off, the bandwidth manager) need " +
    "more options, which are not checked here.")]
[Symptom("cilium-agent fails to start or to attach its BPF programs (errors loading tc/cgroup programs or creating maps); pods on the node get no network")]
[Condition("Cilium 1.13 or later")]
[Condition("the kernel configuration lacks one of the required options (neither =y nor =m)")]
[Affects(ComponentNames.Cilium, "[1.13.0,)")]
[Remediation(1, "Run a kernel built with every required option (=y or =m), such as the distribution's standard kernel instead of a minimal one.")]
[Reference("https://github.com/cilium/cilium")]
public sealed class KernelConfigMissingBpf : Rule
{
    /// <summary>The options the system requirements list.</summary>
    private static readonly string[] RequiredOptions =
    [
        "CONFIG_BPF", "CONFIG_BPF_SYSCALL", "CONFIG_NET_CLS_BPF", "CONFIG_BPF_JIT", "CONFIG_NET_CLS_ACT", "CONFIG_NET_SCH_INGRESS",
        "CONFIG_CRYPTO_SHA1", "CONFIG_CRYPTO_USER_API_HASH", "CONFIG_CGROUPS", "CONFIG_CGROUP_BPF", "CONFIG_PERF_EVENTS", "CONFIG_SCHEDSTATS",
    ];

    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.Cilium);
        ComponentVersion cilium = null!;
        KernelConfig config = null!;

        When()
            .Component(() => cilium, ComponentNames.Cilium, c => affected.Contains(c.Version!))
            .Match(() => config, c => Missing(c).Any());
        Then().Do(ctx => ctx.Note("kernel configuration lacks " + string.Join(", ", Missing(config)) + "."));
    }

    /// <summary>The required options the configuration does not set.</summary>
    /// <param name="config">The kernel configuration.</param>
    /// <returns>The missing options, in the documentation's order.</returns>
    internal static IEnumerable<string> Missing(KernelConfig config) => RequiredOptions.Where(o => config.State(o) == KernelOptionState.No);
}
