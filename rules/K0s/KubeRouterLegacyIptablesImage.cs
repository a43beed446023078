using CompatRules.BuiltIn.Node;
using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.K0s;

/// <summary>Knowledge base D: k0s v1.31.1–v1.31.2 bundle a kube-router image whose iptables is always the legacy
/// backend, so kube-router crash-loops on nftables-only hosts such as Rocky/RHEL/Alma 8 and 9.</summary>
[RuleId("K0S-KUBEROUTER-LEGACY-IPT")]
[Title("k0s kube-router crash-loops on nftables hosts: bundled image v2.2.1-iptables1.8.9-0 uses iptables-legacy")]
[Severity(Severity.Critical)]
[Component(ComponentNames.K0s)]
[Tag("iptables"), Tag("nftables"), Tag("kube-router"), Tag("image")]
[Description("k0s v1.31.1+k0s.0, v1.31.1+k0s.1 and v1.31.2+k0s.0 bundle quay.io/k0sproject/kube-router:v2.2.1-iptables1.8.9-0 (k0s commit 9c86b44368 " +
    "'Bump kube-router to 2.2.1'). That image was built without running iptables-wrapper-installer.sh, so /sbin/iptables points at xtables-legacy-multi " +
    "and kube-router always uses the legacy backend; on hosts that only have nftables (RHEL 9 family) it cannot initialise its tables and crash-loops. " +
    "Fixed by k0s PR #5348 / backport #5351 in v1.31.3+k0s.0 (image v2.2.1-iptables1.8.9-1). k0s 1.30.x and 1.29.x never shipped this image " +
    "(the source article's wider range is wrong); 1.32 ships v2.4.1-iptables1.8.9-0. Whether k0s 1.30's v2.1.0-iptables1.8.9-0 has the same defect is unverified. " +
    "Evidence: the kube-router image tag decides when it is visible; otherwise the k0s release; the host is nft-based by the detected iptables backend, " +
    "or by an nft-only OS (RHEL 8 or later and its rebuilds, RHCOS) when no backend was detected; the reporter's Rocky 9.5 is one.")]
[Symptom("kube-router pods in CrashLoopBackOff right after 'k0s install controller --single' / upgrade; kube-router logs 'can't initialize iptables table' (the image's /sbin/iptables -> xtables-legacy-multi)")]
[Condition("k0s with its bundled kube-router CNI (the default); the kube-router image tag is v2.2.1-iptables1.8.9-0, or, when the tag is unreadable, k0s is v1.31.1+k0s.0 – v1.31.2+k0s.0")]
[Condition("The host's iptables backend is nftables (detected), or the host runs an nft-only OS (RHEL/Rocky/Alma/Oracle 8 or later, RHCOS) when no backend was detected")]
[Affects(ComponentNames.K0s, K0sKubeRouterImage.AffectedK0sReleases)]
[Affects(ComponentNames.KubeRouter, K0sKubeRouterImage.LegacyOnlyTags)]
[FixedIn(ComponentNames.K0s, "v1.31.3+k0s.0"), FixedIn(ComponentNames.KubeRouter, "v2.2.1-iptables1.8.9-1")]
[Remediation(1, "Upgrade k0s to v1.31.3+k0s.0 or later (image v2.2.1-iptables1.8.9-1).")]
[Remediation(2, "Override the image in the k0s config and restart the controller: spec.images.kuberouter.cni.image: quay.io/k0sproject/kube-router, spec.images.kuberouter.cni.version: v2.2.1-iptables1.8.9-1.")]
[Remediation(3, "As a stop-gap on the affected release, make the container run the wrapper installer before kube-router starts (the workaround from #5328): command: [\"/bin/sh\", \"-c\", \"cd /; ./iptables-wrapper-installer.sh; cd /root; /usr/local/bin/kube-router $@\"] in the kube-router DaemonSet (k0s may reconcile the DaemonSet back; the image override above is the durable fix).")]
[Reference("https://github.com/k0sproject/k0s/issues/5328")]
[Reference("https://github.com/k0sproject/k0s/pull/5348")]
[Reference("https://github.com/k0sproject/k0s/pull/5351")]
public sealed class KubeRouterLegacyIptablesImage : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ComponentVersion k0s = null!;
        K0sKubeRouterImage image = null!;
        HostIptablesBackend host = null!;

        When()
            .Component(() => k0s, ComponentNames.K0s)
            .Match(() => image, i => i.LegacyOnly)
            .Match(() => host, h => h.Backend == IptablesBackend.Nft);
        Then().Do(ctx => ctx.Note("Image: " + image.Basis + ". Host: " + host.Basis + "."));
    }
}
