using CompatRules.BuiltIn.Node;
using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.KubeOvn;

/// <summary>Knowledge base A: kube-ovn-cni built with Go ≥ 1.24 crash-loops when its TPROXY listener is an MPTCP
/// socket on a kernel that cannot set <c>IP_TRANSPARENT</c> on MPTCP sockets.</summary>
[RuleId("KOVN-TPROXY-MPTCP")]
[Title("kube-ovn-cni crashes: IP_TRANSPARENT not supported on its MPTCP TPROXY listener")]
[Severity(Severity.Critical)]
[Component(ComponentNames.KubeOvn)]
[Tag("mptcp"), Tag("tproxy"), Tag("go1.24")]
[Description("Go 1.24 made TCP listeners MPTCP sockets by default (GODEBUG multipathtcp follows the go.mod go line). " +
    "Kube-OVN v1.14.0 and later build with go ≥ 1.24; kube-ovn-cni creates its TPROXY listener on :8102 with net.ListenTCP " +
    "and then sets IP_TRANSPARENT, which kernels before 5.17 refuse on MPTCP sockets (EOPNOTSUPP), so klog.Fatalf ends the pod. " +
    "The source article says v1.13.x only logged the error: upstream code shows v1.13.x is fatal too; it works only because Go 1.23 keeps MPTCP off. " +
    "v1.13.15 builds with go 1.25 and is probably affected as well (inferred from go.mod). No upstream fix exists yet. " +
    "A kernel without MPTCP sockets is not affected: Go falls back to plain TCP when socket(IPPROTO_MPTCP) fails (EPROTONOSUPPORT without " +
    "CONFIG_MPTCP; refused with net.mptcp.enabled=0), so when no probe ran, net.mptcp.enabled and CONFIG_MPTCP are evidence before the kernel " +
    "version. Setting IP_TRANSPARENT also needs CAP_NET_ADMIN, which kube-ovn-cni (privileged) has; a probe run without it says PermissionDenied " +
    "and is not used as evidence.")]
[Symptom("kube-ovn-cni in CrashLoopBackOff after upgrade; log: 'tproxy_linux.go:42] listen tcp …:8102: set socket option: IP_TRANSPARENT: operation not supported'")]
[Condition("ENABLE_TPROXY=true (--enable-tproxy) on kube-ovn-cni; install.sh default is false")]
[Condition("kernel cannot set IP_TRANSPARENT on MPTCP sockets: failed mptcp-ip-transparent probe, or, when no probe ran, a kernel with MPTCP sockets (net.mptcp.enabled not 0; else CONFIG_MPTCP set; else 5.6 or later) older than 5.17 (Ubuntu 22.04 GA 5.15); distribution kernels with MPTCP backports (RHEL 9 5.14) are untested")]
[Condition("kube-ovn-cni holds CAP_NET_ADMIN, which IP_TRANSPARENT needs (it runs privileged)")]
[Condition("GODEBUG on kube-ovn-cni does not contain multipathtcp=0")]
[Affects(ComponentNames.KubeOvn, "[1.13.15,1.13.15]"), Affects(ComponentNames.KubeOvn, "[1.14.0,)")]
[Remediation(1, "Set the environment variable GODEBUG=multipathtcp=0 on the kube-ovn-cni container (kubectl -n kube-system set env ds/kube-ovn-cni GODEBUG=multipathtcp=0).")]
[Remediation(2, "Disable TPROXY: ENABLE_TPROXY=false / --enable-tproxy=false.")]
[Remediation(3, "Run a kernel 5.17 or later (e.g. Ubuntu 22.04 HWE or 24.04).")]
[Remediation(4, "Stay on Kube-OVN v1.13.14 or earlier until upstream disables MPTCP on the listener, or rebuild the kube-ovn image with Go 1.23 (or with a go.mod go line below 1.24, or godebug multipathtcp=0 in go.mod), which keeps listeners plain TCP.")]
[Reference("https://github.com/kubeovn/kube-ovn/issues/5393")]
[Reference("https://github.com/golang/go/issues/70500")]
[Reference("https://github.com/golang/go/issues/74643")]
[Reference("https://github.com/multipath-tcp/mptcp_net-next/issues/217")]
[Reference("https://github.com/checkpoint-restore/criu/issues/2655")]
[Reference("https://github.com/osrg/gobgp/pull/3021")]
public sealed class TproxyListenerFailsOnMptcp : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.KubeOvn);
        ComponentVersion kubeOvn = null!;
        ComponentSetting tproxy = null!;
        MptcpTransparency mptcp = null!;

        When()
            .Component(() => kubeOvn, ComponentNames.KubeOvn, c => affected.Contains(c.Version!))
            .Keyed(() => tproxy, ComponentSetting.KeyFor(ComponentNames.KubeOvn, "ENABLE_TPROXY"), s => s.IsEnabled)
            .Not<ComponentSetting>(s => s.Component == ComponentNames.KubeOvn && s.Name == "GODEBUG" && s.Value.Contains("multipathtcp=0"))
            .Match(() => mptcp, m => !m.Supported);
        Then().Do(ctx => ctx.Note("Decided by " + mptcp.Basis + "."));
    }
}
