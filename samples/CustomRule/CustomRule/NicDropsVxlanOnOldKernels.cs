using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using CompatRules.Versions;
using NRules.Fluent.Dsl;

namespace Acme.NetworkRules;

/// <summary>Our NIC driver drops VXLAN traffic on kernels before 5.10 (an in-house known issue).</summary>
[RuleId("ACME-NIC-VXLAN-OLD-KERNEL")]
[Title("ACME NIC driver drops VXLAN traffic on kernels before 5.10")]
[Severity(Severity.Critical)]
[Symptom("Cross-node pod traffic over VXLAN times out; the NIC's rx_dropped counter climbs.")]
[Remediation(1, "Upgrade the node kernel to 5.10 or later.")]
[Reference("https://github.com/acme/nic-driver/issues/42")]
public sealed class NicDropsVxlanOnOldKernels : Rule
{
    /// <summary>The first kernel whose driver handles VXLAN correctly.</summary>
    public static readonly KernelVersion FirstGoodKernel = new(5, 10);

    /// <inheritdoc />
    public override void Define()
    {
        KernelInfo kernel = null!;
        NetworkInterface vxlan = null!;

        When()
            .Match(() => kernel, k => k.Version.Upstream < FirstGoodKernel)
            .Match(() => vxlan, i => i.Kind == "vxlan");
        Then().Do(ctx => ctx.Note($"kernel {kernel.Release} with VXLAN device {vxlan.Name}"));
    }
}
