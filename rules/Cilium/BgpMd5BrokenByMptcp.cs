using CompatRules.BuiltIn.Node;
using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Cilium;

/// <summary>Cilium builds with Go 1.24 make GoBGP's listener an MPTCP socket, on which TCP MD5 cannot be set, so BGP
/// sessions with a password never come up.</summary>
[RuleId("CILIUM-BGP-MD5-MPTCP")]
[Title("Cilium BGP peers with a password (TCP MD5) fail: Go 1.24 makes the BGP listener MPTCP")]
[Severity(Severity.High)]
[Component(ComponentNames.Cilium)]
[Tag("bgp"), Tag("mptcp"), Tag("go1.24")]
[Description("Go 1.24 makes TCP listeners MPTCP sockets by default, and TCP MD5 (RFC 2385, a BGP peer password) cannot be set on an MPTCP socket " +
    "(golang/go#74643): GoBGP logs 'failed to set md5' with 'protocol not available' and authenticated sessions do not establish (cilium#40478, " +
    "reported on 1.17.4 and 1.17.5 with 1.17.3 as the last good release). osrg/gobgp#3021 disables MPTCP on the listener; Cilium took it through " +
    "a GoBGP fork in #40566, backported to 1.17.7 (#40578) and 1.16.13 (#40579) per the release notes. The PR says 1.16 to 1.18 build with Go 1.24; " +
    "which 1.16 patch first did is not identified, so every 1.16 before 1.16.13 is flagged (conservative), and 1.18.0 is taken to include the fix " +
    "(merged 2025-07-17, before 1.18.0; inferred). A kernel without MPTCP sockets (net.mptcp.enabled=0, no CONFIG_MPTCP, before 5.6) is not " +
    "affected because Go then falls back to plain TCP. Whether BGP peers use a password is not visible to this rule.")]
[Symptom("Cilium BGP sessions with an authSecretRef / peer password stay down; cilium-agent logs 'failed to set md5' Err=\"protocol not available\" from gobgp.BgpServerInstance")]
[Condition("Cilium BGP control plane with a peer password (CiliumBGPPeerConfig authSecretRef; not visible here)")]
[Condition("Cilium 1.16 before 1.16.13 or 1.17.4 to 1.17.6 (Go 1.24 builds without the fix)")]
[Condition("the kernel gives MPTCP sockets (net.mptcp.enabled not 0; else CONFIG_MPTCP set; else 5.6 or later)")]
[Condition("GODEBUG on cilium-agent does not contain multipathtcp=0")]
[Affects(ComponentNames.Cilium, "[1.16.0,1.16.13)"), Affects(ComponentNames.Cilium, "[1.17.4,1.17.7)")]
[FixedIn(ComponentNames.Cilium, "v1.16.13"), FixedIn(ComponentNames.Cilium, "v1.17.7"), FixedIn(ComponentNames.Cilium, "v1.18.0")]
[Remediation(1, "Upgrade Cilium to 1.16.13, 1.17.7, 1.18.0 or later.")]
[Remediation(2, "Until then set GODEBUG=multipathtcp=0 on the cilium-agent container (Helm extraEnv), or turn MPTCP off on the node (sysctl net.mptcp.enabled=0).")]
[Reference("https://github.com/cilium/cilium/issues/40478")]
[Reference("https://github.com/cilium/cilium/pull/40566")]
[Reference("https://github.com/cilium/cilium/pull/40578")]
[Reference("https://github.com/cilium/cilium/pull/40579")]
[Reference("https://github.com/golang/go/issues/74643")]
[Reference("https://github.com/osrg/gobgp/pull/3021")]
public sealed class BgpMd5BrokenByMptcp : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.Cilium);
        ComponentVersion cilium = null!;
        MptcpAvailability mptcp = null!;

        When()
            .Component(() => cilium, ComponentNames.Cilium, c => affected.Contains(c.Version!))
            .Not<ComponentSetting>(s => s.Component == ComponentNames.Cilium && s.Name == "GODEBUG" && s.Value.Contains("multipathtcp=0"))
            .Match(() => mptcp, m => m.Available);
        Then().Do(ctx => ctx.Note("Cilium " + cilium.Version!.Original + " with MPTCP available (" + mptcp.Basis + "); matters only for BGP peers with a password."));
    }
}
