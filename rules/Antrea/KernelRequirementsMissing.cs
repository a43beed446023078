using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using CompatRules.Versions;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Antrea;

/// <summary>The node's kernel lacks what the Antrea agent needs: the Open vSwitch datapath module, conntrack zones, or
/// a kernel of 4.6 or later.</summary>
[RuleId("ANTREA-KERNEL-REQS")]
[Title("Antrea agent cannot run: kernel without openvswitch, without NF_CONNTRACK_ZONES, or before 4.6")]
[Severity(Severity.Critical)]
[Component(ComponentNames.Antrea)]
[Tag("kernel"), Tag("kernel-config"), Tag("openvswitch")]
[Description("antrea-agent runs Open vSwitch with the kernel datapath. Antrea's docs/os-issues.md says the OVS datapath requires " +
    "CONFIG_NF_CONNTRACK_ZONES: without it flow entries cannot be added to the bridge and the agent logs 'Received bundle error msg' (antrea#591, " +
    "Photon OS 3.0 before linux-esx 4.19.87-4). The audit adds the openvswitch kernel module (CONFIG_OPENVSWITCH) and a kernel of 4.6 or later; " +
    "those two are not re-checked here. Without them pods on the node get no network. A kernel requirement of every Antrea release: no fix, " +
    "only a kernel that has them (some cloud and minimal kernels drop openvswitch).")]
[Symptom("antrea-agent logs 'Received bundle error msg: [...]' (flows rejected by OVS) or does not become ready; pods on the node get no network or stay in ContainerCreating")]
[Condition("kernel configuration without CONFIG_OPENVSWITCH or without CONFIG_NF_CONNTRACK_ZONES, or kernel older than 4.6")]
[Affects(ComponentNames.Antrea, "[0.0.0,)")]
[Affects("kernel", "(,4.6)")]
[FixedIn("kernel", "4.6")]
[Remediation(1, "Run a kernel 4.6 or later built with CONFIG_OPENVSWITCH and CONFIG_NF_CONNTRACK_ZONES (=y or =m); on minimal cloud images install the distribution's extra-modules package that carries openvswitch.ko.")]
[Reference("https://github.com/antrea-io/antrea/issues/591")]
[Reference("https://github.com/antrea-io/antrea")]
public sealed class KernelRequirementsMissing : Rule
{
    /// <summary>The kernel options the agent needs.</summary>
    private static readonly string[] RequiredOptions = ["CONFIG_OPENVSWITCH", "CONFIG_NF_CONNTRACK_ZONES"];

    /// <summary>The oldest kernel Antrea supports.</summary>
    private static readonly KernelVersion FirstSupportedKernel = new(4, 6);

    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.Antrea);
        ComponentVersion antrea = null!;
        KernelInfo kernel = null!;
        KernelConfig config = null!;

        When()
            .Component(() => antrea, ComponentNames.Antrea, c => affected.Contains(c.Version!))
            .Match(() => kernel)
            .Match(() => config, c => Gaps(kernel, c).Any());
        Then().Do(ctx => ctx.Note(string.Join("; ", Gaps(kernel, config)) + "."));
    }

    /// <summary>What the kernel lacks, in words.</summary>
    /// <param name="kernel">The kernel.</param>
    /// <param name="config">The kernel configuration.</param>
    /// <returns>One line per gap.</returns>
    internal static IEnumerable<string> Gaps(KernelInfo kernel, KernelConfig config)
    {
        if (kernel.Version.Upstream < FirstSupportedKernel)
        {
            yield return "kernel " + kernel.Release + " is older than 4.6";
        }

        foreach (var option in RequiredOptions.Where(o => config.State(o) == KernelOptionState.No))
        {
            yield return option + " is not set";
        }
    }
}
