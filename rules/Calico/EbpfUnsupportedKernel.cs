using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using CompatRules.Versions;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Calico;

/// <summary>Calico's eBPF dataplane is enabled on a kernel felix does not support for it (before 5.3; RHEL 8 before
/// 4.18.0-193).</summary>
[RuleId("CALICO-EBPF-UNSUPPORTED-KERNEL")]
[Title("Calico eBPF dataplane enabled on a kernel felix does not support (before 5.3, RHEL before 4.18.0-193)")]
[Severity(Severity.High)]
[Component(ComponentNames.Calico)]
[Tag("ebpf"), Tag("kernel")]
[Description("felix decides whether the kernel can run the eBPF dataplane (felix/bpf SupportsBPFDataplane: kernel 5.3.0 or later, or 4.18.0-193 or " +
    "later on a Red Hat distribution, whose RHEL 8.2 kernel carries the needed backports). With BPFEnabled on another kernel felix logs 'BPF " +
    "dataplane mode enabled but not supported by the kernel. Disabling BPF mode.' and falls back to the standard dataplane, which does not " +
    "implement Services: where kube-proxy was removed for eBPF mode, as the Calico eBPF docs' procedure does, Services stop working on that node " +
    "(Calico's eBPF troubleshooting docs). The audit checked Calico v3.20 to v3.32; later releases are not audited here. A kernel requirement, " +
    "not a bug: no fix, only a newer kernel or the iptables/nftables dataplane with kube-proxy. Red Hat kernels are recognised by '.el' in the " +
    "kernel release (felix asks the distribution).")]
[Symptom("calico-node logs ERROR 'BPF dataplane mode enabled but not supported by the kernel.  Disabling BPF mode.'; with kube-proxy removed, Services do not work on that node")]
[Condition("BPFEnabled: FELIX_BPFENABLED=true on calico-node (FelixConfiguration bpfEnabled, as the Tigera operator sets it, is not read: record it in a snapshot as the calico setting FELIX_BPFENABLED)")]
[Condition("kernel before 5.3, and not a Red Hat kernel 4.18.0-193 or later")]
[Affects(ComponentNames.Calico, "[3.20.0,3.33.0)")]
[Affects("kernel", "(,5.3)")]
[FixedIn("kernel", "5.3")]
[Remediation(1, "Run a kernel 5.3 or later (RHEL 8.2+ kernels 4.18.0-193 or later) on nodes with the eBPF dataplane.")]
[Remediation(2, "Otherwise switch the node back to the iptables or nftables dataplane (bpfEnabled: false) and keep kube-proxy running.")]
[Reference("https://github.com/projectcalico/calico")]
public sealed class EbpfUnsupportedKernel : Rule
{
    /// <summary>The calico-node environment variable for felix's BPFEnabled.</summary>
    private const string BpfEnabledSetting = "FELIX_BPFENABLED";

    /// <summary>The first upstream kernel felix accepts for the eBPF dataplane.</summary>
    private static readonly KernelVersion FirstUpstreamKernel = new(5, 3);

    /// <summary>The first Red Hat kernel felix accepts (RHEL 8.2).</summary>
    private static readonly KernelVersion FirstRedHatKernel = KernelVersion.Parse("4.18.0-193");

    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.Calico);
        ComponentVersion calico = null!;
        ComponentSetting bpf = null!;
        KernelInfo kernel = null!;

        When()
            .Component(() => calico, ComponentNames.Calico, c => affected.Contains(c.Version!))
            .Keyed(() => bpf, ComponentSetting.KeyFor(ComponentNames.Calico, BpfEnabledSetting), s => s.IsEnabled)
            .Match(() => kernel, k => !Supported(k.Version));
        Then().Do(ctx => ctx.Note(bpf.Name + "=" + bpf.Value + " on kernel " + kernel.Release + ", which felix does not accept for eBPF."));
    }

    /// <summary>True when felix accepts this kernel for the eBPF dataplane.</summary>
    /// <param name="kernel">The kernel.</param>
    /// <returns>Whether the kernel is supported.</returns>
    internal static bool Supported(KernelVersion kernel)
        => kernel.Upstream >= FirstUpstreamKernel
           || (kernel.Build is { } build && build.Contains(".el", StringComparison.Ordinal) && kernel >= FirstRedHatKernel);
}
