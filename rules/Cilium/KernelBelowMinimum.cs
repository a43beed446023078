using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Cilium;

/// <summary>The node's kernel is older than the minimum of the Cilium release that runs on it.</summary>
[RuleId("CILIUM-KERNEL-MINIMUM")]
[Title("Cilium runs on a kernel older than its release's minimum")]
[Severity(Severity.High)]
[Component(ComponentNames.Cilium)]
[Tag("kernel"), Tag("ebpf")]
[Description("Each Cilium release line states its minimum kernel (Documentation/operations/system_requirements.rst): 1.13 to 1.15 need 4.19.57 or " +
    "an equivalent such as RHEL 8's 4.18 (#23124, clarified by #23951); 1.16 and 1.17 need 5.4 or RHEL 8.6 (CFP #30456, documented by #36386); " +
    "1.18 and later need 5.10 (#38308; #42081 removed the stale lower figures). For 1.18 #38308 names RHEL 8.6 while the audit read RHEL 8.10 in " +
    "the requirements document; this rule follows the audit (8.10), so RHEL 8.6 to 8.9 nodes with 1.18 are flagged and should be checked by hand. " +
    "Below the minimum the release is unsupported: the agent's start-up requirements check (pkg/datapath/linux/requirements.go) and its eBPF " +
    "feature probes fail on kernels that lack what it needs, and pods on the node get no network; #23124 notes that 1.13 still relied on probes, " +
    "so a 4.19 kernel slightly below 4.19.57 may work. A requirement, not a bug: no fix but a newer kernel (or an older Cilium). The RHEL minor " +
    "is read from the kernel build: 4.18.0-372 is RHEL 8.6, 4.18.0-553 is RHEL 8.10; Red Hat kernels are recognised by '.el8' in the release. " +
    "Missing CONFIG_BPF* options are CILIUM-KERNEL-CONFIG's.")]
[Symptom("cilium-agent fails at start-up (minimum requirements not met, BPF programs or maps fail to load) and pods on the node get no network")]
[Condition("Cilium 1.13–1.15 on a kernel before 4.19.57 that is not a RHEL 8 kernel")]
[Condition("Cilium 1.16–1.17 on a kernel before 5.4 that is not RHEL 8.6+ (4.18.0-372.el8 or later)")]
[Condition("Cilium 1.18 or later on a kernel before 5.10 that is not RHEL 8.10+ (4.18.0-553.el8 or later)")]
[Affects(ComponentNames.Cilium, "[1.13.0,)")]
[Affects("kernel", "(,5.10)")]
[FixedIn("kernel", "5.10")]
[Remediation(1, "Upgrade the node kernel to the release's minimum (5.10 for Cilium 1.18+, 5.4 for 1.16/1.17, 4.19.57 for 1.13–1.15), or RHEL 8.10 / 8.6 kernels.")]
[Remediation(2, "Otherwise keep the node on a Cilium release whose minimum it meets.")]
[Reference("https://github.com/cilium/cilium/pull/23124")]
[Reference("https://github.com/cilium/cilium/pull/23951")]
[Reference("https://github.com/cilium/cilium/issues/30456")]
[Reference("https://github.com/cilium/cilium/pull/36386")]
[Reference("https://github.com/cilium/cilium/pull/38308")]
[Reference("https://github.com/cilium/cilium/pull/42081")]
public sealed class KernelBelowMinimum : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.Cilium);
        ComponentVersion cilium = null!;
        KernelInfo kernel = null!;

        When()
            .Component(() => cilium, ComponentNames.Cilium, c => affected.Contains(c.Version!))
            .Match(() => kernel, k => !CiliumKernelMinimum.For(cilium.Version!).Accepts(k.Version));
        Then().Do(ctx => ctx.Note("Cilium " + cilium.Version!.Original + " needs " + CiliumKernelMinimum.For(cilium.Version!).Describe() + "; the node runs " + kernel.Release + "."));
    }
}
