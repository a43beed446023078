using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using CompatRules.Versions;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Kubelet;

/// <summary>RHEL 10.2 kernels from 6.12.0-211.34.1.el10 ship <c>nft_compat</c> and <c>xt_CT</c> only in
/// kernel-modules-extra; without it iptables-nft cannot load xtables matches and targets, so the kubelet and OVN-K
/// cannot create their iptables rules.</summary>
[RuleId("RHEL10-NFT-COMPAT-MODULES")]
[Title("RHEL 10.2 kernel 6.12.0-211.34.1.el10+ without kernel-modules-extra: no nft_compat/xt_CT, kubelet and OVN-K iptables rules fail")]
[Severity(Severity.Critical)]
[Component(KubeletNames.Kubelet)]
[Tag("iptables"), Tag("nftables"), Tag("kernel"), Tag("package")]
[Description("The RHEL 10.2 kernel 6.12.0-211.34.1 moved the iptables compatibility modules nft_compat and xt_CT from kernel-modules-core to " +
    "kernel-modules-extra, which a minimal install does not pull in. iptables-nft needs nft_compat for every xtables match or target it cannot " +
    "express natively (comment, mark, conntrack, CT ...), so the kubelet's and ovnkube's iptables calls fail and MicroShift does not start " +
    "(openshift/microshift#7069, which added Requires: kernel-modules-extra; #7116 accepts kernel-rt-modules-extra). There is no fix in the " +
    "kernel packaging: install the package. RHEL 9 keeps the modules in kernel-modules-core. The bound is the kernel #7069 names; earlier " +
    "10.2 builds (6.12.0-211.x below 211.34.1) are not reported (inferred), and rebuilds (AlmaLinux, Rocky) with the same el10 kernel are " +
    "reported too (inferred). The package that must be present is the kernel-modules-extra (or kernel-rt-modules-extra) of the running kernel; " +
    "kernel-modules-core of the running kernel is required as evidence that the rpm database was read. A kernel with nft_compat loaded, " +
    "available or built in is not reported.")]
[Symptom("kubelet and ovnkube-controller fail to create iptables rules (iptables-nft: 'Extension ... revision 0 not supported, missing kernel module?'); modprobe nft_compat: Module nft_compat not found; MicroShift does not start")]
[Condition("the running kernel is an el10 kernel at or after 6.12.0-211.34.1.el10 (rpm order)")]
[Condition("kernel-modules-core of the running kernel is installed and kernel-modules-extra (or kernel-rt-modules-extra) of it is not; nft_compat is not loaded or available")]
[Affects("kernel-core", "[6.12.0-211.34.1.el10,)")]
[Remediation(1, "dnf install kernel-modules-extra (for the running kernel: kernel-modules-extra-$(uname -r)), then modprobe nft_compat xt_CT or reboot.")]
[Remediation(2, "On image-mode (bootc) hosts, add kernel-modules-extra to the image; MicroShift packages that carry #7069 require it.")]
[Reference("https://github.com/openshift/microshift/pull/7069")]
[Reference("https://github.com/openshift/microshift/pull/7116")]
public sealed class Rhel10NftCompatModulesMissing : Rule
{
    /// <summary>The package that carries nft_compat and xt_CT from that kernel on.</summary>
    internal const string ExtraPackage = "kernel-modules-extra";

    /// <summary>The real-time kernel's counterpart.</summary>
    internal const string RtExtraPackage = "kernel-rt-modules-extra";

    /// <summary>The package that is always there with the kernel: evidence that the rpm database was read.</summary>
    internal const string CorePackage = "kernel-modules-core";

    /// <summary>The module iptables-nft needs for xtables extensions.</summary>
    internal const string NftCompat = "nft_compat";

    /// <summary>The first kernel that ships the modules only in kernel-modules-extra (openshift/microshift#7069).</summary>
    internal static readonly PackageVersion FirstMovedKernel = PackageVersion.ParseRpm("6.12.0-211.34.1.el10");

    private static readonly string[] Architectures = [".x86_64", ".aarch64", ".ppc64le", ".s390x"];

    /// <inheritdoc />
    public override void Define()
    {
        KernelInfo kernel = null!;
        HostPackage core = null!;

        When()
            .Match(() => kernel, k => IsAffectedKernel(k.Release))
            .Keyed(() => core, HostPackage.KeyFor(CorePackage), p => IsForKernel(p, kernel.Release))
            .Not<HostPackage>(p => (p.Name == ExtraPackage || p.Name == RtExtraPackage) && IsForKernel(p, kernel.Release))
            .Not<KernelModules>(m => m.IsPresent(NftCompat));
        Then().Do(ctx => ctx.Note("kernel " + kernel.Release + " has " + CorePackage + " " + core.Version.Original + " but no " + ExtraPackage
            + " of that kernel, so nft_compat and xt_CT are missing."));
    }

    /// <summary>True for an el10 kernel at or after 6.12.0-211.34.1.el10 in rpm order.</summary>
    /// <param name="release">The kernel release, such as <c>6.12.0-211.34.1.el10_2.x86_64</c>.</param>
    /// <returns>Whether the kernel ships the modules only in kernel-modules-extra.</returns>
    internal static bool IsAffectedKernel(string release)
    {
        var evr = WithoutArchitecture(release);
        return evr.Contains(".el10", StringComparison.Ordinal)
            && PackageVersion.TryParse(PackageVersionScheme.Rpm, evr, out var version)
            && version >= FirstMovedKernel;
    }

    /// <summary>True when an rpm package is built for the running kernel (its version-release is the kernel release
    /// without the architecture).</summary>
    /// <param name="package">The package.</param>
    /// <param name="release">The kernel release.</param>
    /// <returns>Whether they match.</returns>
    internal static bool IsForKernel(HostPackage package, string release)
        => package.Source == PackageSource.Rpm && string.Equals(package.Version.Original, WithoutArchitecture(release), StringComparison.Ordinal);

    private static string WithoutArchitecture(string release)
    {
        var plain = release.EndsWith("+rt", StringComparison.Ordinal) ? release[..^3] : release;
        foreach (var architecture in Architectures)
        {
            if (plain.EndsWith(architecture, StringComparison.Ordinal))
            {
                return plain[..^architecture.Length];
            }
        }

        return plain;
    }
}
