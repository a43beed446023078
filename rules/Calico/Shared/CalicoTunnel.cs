using CompatRules.Facts;
using CompatRules.Versions;

namespace CompatRules.BuiltIn.Calico;

/// <summary>
/// One of Calico's tunnels as the checksum offload rules see it: its device, the kernels whose tx checksum offload
/// corrupts its SNATed packets, and what Calico's version does about it (see <see cref="CalicoChecksumOffloadPolicy"/>).
/// </summary>
internal sealed class CalicoTunnel
{
    private readonly Func<KernelVersion, bool> _kernelBroken;
    private readonly Func<SoftwareVersion, KernelVersion, bool> _calicoDisablesOffload;
    private readonly Func<SoftwareVersion, string> _describePolicy;
    private readonly string _brokenKernels;
    private readonly string _safeKernels;

    private CalicoTunnel(
        string device,
        Func<KernelVersion, bool> kernelBroken,
        Func<SoftwareVersion, KernelVersion, bool> calicoDisablesOffload,
        Func<SoftwareVersion, string> describePolicy,
        string brokenKernels,
        string safeKernels)
    {
        Device = device;
        _kernelBroken = kernelBroken;
        _calicoDisablesOffload = calicoDisablesOffload;
        _describePolicy = describePolicy;
        _brokenKernels = brokenKernels;
        _safeKernels = safeKernels;
    }

    /// <summary>The VXLAN tunnel, <c>vxlan.calico</c>: kernels before 5.7 are broken.</summary>
    public static CalicoTunnel Vxlan { get; } = new(
        CalicoChecksumOffloadPolicy.VxlanInterface,
        CalicoChecksumOffloadPolicy.VxlanKernelBroken,
        CalicoChecksumOffloadPolicy.DisablesVxlanOffload,
        CalicoChecksumOffloadPolicy.DescribeVxlan,
        "older than 5.7",
        "5.7 or later");

    /// <summary>The IPIP tunnel, <c>tunl0</c>: kernels 3.14 to 5.7.0 are broken.</summary>
    public static CalicoTunnel Ipip { get; } = new(
        CalicoChecksumOffloadPolicy.IpipInterface,
        CalicoChecksumOffloadPolicy.IpipKernelBroken,
        CalicoChecksumOffloadPolicy.DisablesIpipOffload,
        CalicoChecksumOffloadPolicy.DescribeIpip,
        "3.14 to 5.7.0",
        "outside 3.14 to 5.7.0");

    /// <summary>The tunnel device's name.</summary>
    public string Device { get; }

    /// <summary>True when <paramref name="kernel"/> corrupts this tunnel's SNATed packets with the offload on.</summary>
    public bool KernelBroken(KernelVersion kernel) => _kernelBroken(kernel);

    /// <summary>The kernel's side in words: <c>(older than 5.7)</c> or <c>(5.7 or later)</c>.</summary>
    public string KernelWindow(KernelVersion kernel) => "(" + (KernelBroken(kernel) ? _brokenKernels : _safeKernels) + ")";

    /// <summary>True when the device's live offload state leaves the tunnel exposed on <paramref name="kernel"/>.</summary>
    public bool ExposedByInterface(NetworkInterface device, KernelVersion kernel)
        => device.Offload(CalicoChecksumOffloadPolicy.Feature) == true && KernelBroken(kernel);

    /// <summary>The device's live offload state in words, as the basis of an exposure.</summary>
    public string DescribeInterface(NetworkInterface device, KernelInfo kernel)
        => Device + " " + CalicoChecksumOffloadPolicy.Feature + " is " + (device.Offload(CalicoChecksumOffloadPolicy.Feature) == true ? "on" : "off")
           + " on kernel " + kernel.Release + " " + KernelWindow(kernel.Version);

    /// <summary>True when, by Calico's version alone, the tunnel is exposed on <paramref name="kernel"/>.</summary>
    public bool ExposedByVersion(SoftwareVersion calico, KernelVersion kernel)
        => KernelBroken(kernel) && !_calicoDisablesOffload(calico, kernel);

    /// <summary>Calico's offload policy and the kernel in words, as the basis of an exposure.</summary>
    public string DescribeVersion(SoftwareVersion calico, KernelInfo kernel)
        => Device + " offload state not read; " + _describePolicy(calico) + "; kernel " + kernel.Release + " " + KernelWindow(kernel.Version)
           + "; this rests on the versions";
}
