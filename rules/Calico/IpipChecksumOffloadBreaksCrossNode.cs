using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Calico;

/// <summary>Knowledge base F4: Calico IPIP on a kernel up to 5.7.0 with tx checksum offload on <c>tunl0</c>: SNATed
/// (<c>--random-fully</c>) packets get bad checksums and cross-node traffic breaks.</summary>
[RuleId("CALICO-IPIP-CSUM-OFFLOAD")]
[Title("Calico IPIP: broken kernel checksum offload on tunl0 breaks cross-node traffic")]
[Severity(Severity.Critical)]
[Component(ComponentNames.Calico)]
[Tag("ipip"), Tag("checksum-offload"), Tag("kernel"), Tag("snat")]
[Description("On kernels up to 5.7.0, IPIP packets that were MASQUERADEd with --random-fully (felix uses it with iptables 1.6.2+ on kernel 3.14+) " +
    "leave tunl0 with a wrong checksum when tx checksum offload is on, and the peer drops them. Calico #8031 'Disable checksum offload on the IPIP " +
    "tunnel for kernels <v5.7' (EthtoolTXOff(\"tunl0\")) fixes it in v3.29.0. The source article says below v3.28.0: #8031 merged on 2024-03-19, after " +
    "release-v3.28 branched (2024-03-15), and is absent from v3.28.0 to v3.28.5, so every Calico before v3.29.0 is affected. The live offload state " +
    "of tunl0 is the best evidence and wins over the version; without it the decision rests on Calico's and the kernel's versions.")]
[Symptom("Pods cannot reach pods or Services on other nodes over IPIP (SNATed flows time out); tcpdump on the peer shows bad checksums on IPIP packets")]
[Condition("Calico encapsulation is IPIP (or IPIPCrossSubnet)")]
[Condition("kernel from 3.14 (felix uses --random-fully) up to 5.7.0")]
[Condition("tx-checksum-ip-generic on tunl0 is on; when not read, Calico before v3.29.0 (which never turns it off)")]
[Affects(ComponentNames.Calico, "(,3.29.0)")]
[Affects("kernel", "[3.14,5.7.0]")]
[FixedIn(ComponentNames.Calico, "v3.29.0")]
[Remediation(1, "Upgrade Calico to v3.29.0 or later (felix turns tunl0 tx offload off on kernels up to 5.7.0).")]
[Remediation(2, "Turn the offload off on every node: ethtool -K tunl0 tx off (what the fix does; not persistent across reboots).")]
[Remediation(3, "On Calico v3.29.0+ where tunl0 still shows the offload on, force felix's feature detection in FelixConfiguration: featureDetectOverride: \"ChecksumOffloadBroken=true\" (that the IPIP fix honours this override, as the VXLAN one does, is inferred from #8031, not confirmed).")]
[Remediation(4, "Run a kernel newer than 5.7.0, or move the IP pool to VXLAN on Calico v3.19.2+ / v3.20.0+ (which mitigate VXLAN).")]
[Reference("https://github.com/projectcalico/calico/pull/8031")]
public sealed class IpipChecksumOffloadBreaksCrossNode : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ComponentVersion calico = null!;
        ComponentSetting encapsulation = null!;
        IpipChecksumOffloadExposure exposure = null!;

        When()
            .Component(() => calico, ComponentNames.Calico)
            .Keyed(() => encapsulation, CalicoEncapsulation.Key, s => CalicoEncapsulation.IsIpip(s))
            .Match(() => exposure, e => e.Exposed);
        Then().Do(ctx => ctx.Note("Decided by " + exposure.Basis + "."));
    }
}
