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
[Description("antrea-agent runs Open vSwitch with the kernel datapath, so the kernel needs the openvswitch module (CONFIG_OPENVSWITCH), conntrack " +
    "zones (CONFIG_NF_CONNTRACK_ZONES) for its OVS conntrack actions, and version 4.6 or later (antrea docs/os-issues.md). Without them the " +
    "agent's OVS bridge or flows cannot be set up and pods on the node get no network. A kernel requirement of every Antrea release: no fix, only " +
    "a kernel that has them (some cloud and minimal kernels drop openvswitch).")]
[Symptom("antrea-agent (or its OVS containers) does not become ready on the node; pods there stay in ContainerCreating")]
[Condition("kernel configuration without CONFIG_OPENVSWITCH or without CONFIG_NF_CONNTRACK_ZONES, or kernel older than 4.6")]
[Affects(ComponentNames.Antrea, "[0.0.0,)")]
[Affects("kernel", "(,4.6)")]
[FixedIn("kernel", "4.6")]
[Remediation(1, "Run a kernel 4.6 or later built with CONFIG_OPENVSWITCH and CONFIG_NF_CONNTRACK_ZONES (=y or =m); on minimal cloud images install the distribution's extra-modules package that carries openvswitch.ko.")]
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
