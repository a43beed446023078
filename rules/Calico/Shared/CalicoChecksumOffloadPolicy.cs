using CompatRules.Versions;

namespace CompatRules.BuiltIn.Calico;

/// <summary>
/// When Calico itself turns tunnel checksum offload off (knowledge base F1b and F4), and which kernels have the
/// checksum bug for SNATed (<c>--random-fully</c>) tunnel packets.
/// </summary>
/// <remarks>
/// VXLAN (felix <c>ChecksumOffloadBroken</c>): before v3.19.2 never; v3.19.2 (felix #2815, the backport) and v3.20.0
/// (felix #2811) kernels before 5.7 (v3.18.6 does not have it);
/// v3.24.6 and [v3.25.0, v3.28.0) every kernel (#6842 / #7007); v3.28.0 kernels up to 5.7.0 (#8746 / #8774);
/// v3.28.1 every kernel again (#9037); v3.28.2 and v3.29.0+ kernels up to 5.7.0. IPIP (<c>tunl0</c>): from v3.29.0
/// kernels up to 5.7.0 (#8031). Kernel comparisons use the upstream version, as felix does.
/// </remarks>
internal static class CalicoChecksumOffloadPolicy
{
    /// <summary>The ethtool feature the rules read.</summary>
    public const string Feature = "tx-checksum-ip-generic";

    /// <summary>Calico's VXLAN device.</summary>
    public const string VxlanInterface = "vxlan.calico";

    /// <summary>The IPIP tunnel device.</summary>
    public const string IpipInterface = "tunl0";

    /// <summary>The Calico versions that turn VXLAN checksum offload off on every kernel. Keep equal to
    /// CALICO-VXLAN-CSUM-OFFLOAD-ALL-KERNELS's [Affects].</summary>
    public static readonly VersionRange VxlanOffOnAllKernels = VersionRange.Parse("[3.24.6,3.28.0) ∪ [3.28.1,3.28.2)");

    /// <summary>felix #2815 backported the kernel &lt; 5.7 mitigation to v3.19.2 (release notes of 2021-08-09).</summary>
    private static readonly SoftwareVersion FirstVxlanMitigation = SoftwareVersion.Parse("3.19.2");
    private static readonly SoftwareVersion FirstAtMost570Policy = SoftwareVersion.Parse("3.28.0");
    private static readonly SoftwareVersion FirstIpipMitigation = SoftwareVersion.Parse("3.29.0");
    private static readonly KernelVersion FixedKernel = new(5, 7);
    private static readonly KernelVersion FirstFullyRandomKernel = new(3, 14);

    /// <summary>True when the kernel has the VXLAN checksum offload bug: upstream older than 5.7.</summary>
    /// <param name="kernel">The kernel.</param>
    /// <returns>Whether the bug is there.</returns>
    public static bool VxlanKernelBroken(KernelVersion kernel) => kernel.Upstream < FixedKernel;

    /// <summary>True when IPIP is exposed on this kernel: felix uses <c>--random-fully</c> (kernel 3.14 or later) and
    /// the kernel is at most 5.7.0.</summary>
    /// <param name="kernel">The kernel.</param>
    /// <returns>Whether the bug is there.</returns>
    public static bool IpipKernelBroken(KernelVersion kernel) => kernel.Upstream >= FirstFullyRandomKernel && kernel.Upstream <= FixedKernel;

    /// <summary>True when this Calico turns VXLAN tx checksum offload off on this kernel.</summary>
    /// <param name="calico">The Calico version.</param>
    /// <param name="kernel">The kernel.</param>
    /// <returns>Whether felix disables the offload.</returns>
    public static bool DisablesVxlanOffload(SoftwareVersion calico, KernelVersion kernel)
    {
        if (calico < FirstVxlanMitigation)
        {
            return false;
        }

        if (VxlanOffOnAllKernels.Contains(calico))
        {
            return true;
        }

        return calico < FirstAtMost570Policy ? kernel.Upstream < FixedKernel : kernel.Upstream <= FixedKernel;
    }

    /// <summary>What this Calico does with VXLAN checksum offload, in words.</summary>
    /// <param name="calico">The Calico version.</param>
    /// <returns>The text.</returns>
    public static string DescribeVxlan(SoftwareVersion calico)
    {
        if (calico < FirstVxlanMitigation)
        {
            return "Calico " + calico.Original + " never turns VXLAN checksum offload off (mitigation came in v3.19.2 / v3.20.0)";
        }

        if (VxlanOffOnAllKernels.Contains(calico))
        {
            return "Calico " + calico.Original + " turns VXLAN checksum offload off on every kernel";
        }

        return calico < FirstAtMost570Policy
            ? "Calico " + calico.Original + " turns VXLAN checksum offload off on kernels before 5.7"
            : "Calico " + calico.Original + " turns VXLAN checksum offload off on kernels up to 5.7.0";
    }

    /// <summary>True when this Calico turns <c>tunl0</c> tx checksum offload off on this kernel (v3.29.0+, kernel up to 5.7.0).</summary>
    /// <param name="calico">The Calico version.</param>
    /// <param name="kernel">The kernel.</param>
    /// <returns>Whether felix disables the offload.</returns>
    public static bool DisablesIpipOffload(SoftwareVersion calico, KernelVersion kernel) => calico >= FirstIpipMitigation && kernel.Upstream <= FixedKernel;

    /// <summary>What this Calico does with IPIP checksum offload, in words.</summary>
    /// <param name="calico">The Calico version.</param>
    /// <returns>The text.</returns>
    public static string DescribeIpip(SoftwareVersion calico)
        => calico >= FirstIpipMitigation
            ? "Calico " + calico.Original + " turns tunl0 checksum offload off on kernels up to 5.7.0"
            : "Calico " + calico.Original + " never turns tunl0 checksum offload off (mitigation came in v3.29.0)";
}
