using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Cilium;

/// <summary>systemd 245 and later set <c>rp_filter=2</c> on every interface, including Cilium's <c>lxc*</c> and
/// <c>cilium_host</c>, and Cilium before 1.12 does not override it, so pod traffic leaving the node is dropped.</summary>
[RuleId("CILIUM-SYSTEMD-RPFILTER")]
[Title("Cilium before 1.12 on systemd 245+: rp_filter=2 on lxc*/cilium_host drops pod traffic")]
[Severity(Severity.High)]
[Component(ComponentNames.Cilium)]
[Tag("systemd"), Tag("sysctl"), Tag("package")]
[Description("systemd 245 changed its 50-default.conf to set net.ipv4.conf.*.rp_filter = 2, and systemd-sysctl applies it to every interface as " +
    "it appears, so Cilium's per-interface rp_filter=0 on lxc* and cilium_host is overwritten and the asymmetric paths of Cilium's datapath are " +
    "dropped as martians (cilium#10645; documented as a requirement by #13717). #20072 made the agent write /etc/sysctl.d/99-zzz-override_cilium.conf " +
    "from an init container and restart systemd-sysctl; it is in 1.12.0. It was picked to v1.10 (#20232) and v1.11 (#20364), but the first " +
    "1.10.x/1.11.x releases carrying the picks were not confirmed, so every release before 1.12.0 is reported (inferred: a late 1.10.x or 1.11.x may " +
    "already carry the override). The systemd version is the host package's (dpkg or rpm), compared as its package manager compares it; a " +
    "distribution that ships its own sysctl defaults (RHEL keeps rp_filter=1 on all) may not set the glob, which this rule cannot see (inferred).")]
[Symptom("pods reach pods on the same node but not other nodes or the outside; sysctl net.ipv4.conf.lxc<id>.rp_filter and cilium_host.rp_filter show 2")]
[Condition("the host's systemd package is 245 or later (Ubuntu 20.04's 245.4-4ubuntu3, Debian 11's 247.3, Fedora 32 and later)")]
[Affects(ComponentNames.Cilium, "(,1.12.0)")]
[FixedIn(ComponentNames.Cilium, "v1.12.0")]
[Remediation(1, "Upgrade Cilium to 1.12.0 or later (its init container writes the sysctl override and restarts systemd-sysctl).")]
[Remediation(2, "Otherwise write 'net.ipv4.conf.lxc*.rp_filter = 0' (and cilium_*) to /etc/sysctl.d/99-zzz-override_cilium.conf and run systemctl restart systemd-sysctl, or enable endpoint routes (--enable-endpoint-routes=true).")]
[Reference("https://github.com/cilium/cilium/issues/10645")]
[Reference("https://github.com/cilium/cilium/pull/13717")]
[Reference("https://github.com/cilium/cilium/pull/20072")]
[Reference("https://github.com/cilium/cilium/pull/20232")]
[Reference("https://github.com/cilium/cilium/pull/20364")]
public sealed class SystemdRpFilterOverride : Rule
{
    /// <summary>The package whose version decides.</summary>
    internal const string SystemdPackage = "systemd";

    /// <summary>The first systemd release that sets rp_filter=2 on every interface.</summary>
    internal const string FirstOverridingSystemd = "245";

    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.Cilium);
        ComponentVersion cilium = null!;
        HostPackage systemd = null!;

        When()
            .Component(() => cilium, ComponentNames.Cilium, c => affected.Contains(c.Version!))
            .Keyed(() => systemd, HostPackage.KeyFor(SystemdPackage), p => p.Version.IsAtLeast(FirstOverridingSystemd));
        Then().Do(ctx => ctx.Note("systemd " + systemd.Version.Original + " (" + systemd.Source.ToString().ToLowerInvariant() + ") is 245 or later; Cilium "
            + cilium.Version!.Original + " does not override its rp_filter."));
    }
}
