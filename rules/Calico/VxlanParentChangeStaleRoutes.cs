using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Calico;

/// <summary>Knowledge base F2: before v3.28.0 felix does not move VXLAN / non-encapsulated routes when the host's
/// parent interface changes, and leaves stale routes after a restart.</summary>
[RuleId("CALICO-PARENT-DEVICE-CHANGE-ROUTES")]
[Title("Calico before v3.28.0 keeps routes on the old parent device after a host interface change")]
[Severity(Severity.High)]
[Component(ComponentNames.Calico)]
[Tag("routing"), Tag("vxlan")]
[Description("When the host interface that carries VXLAN or same-subnet (non-encapsulated) routes changes, e.g. the NIC is enslaved to a bond or bridge " +
    "or renamed, felix before v3.28.0 does not reprogram those routes onto the new parent device, and a felix restart at the wrong moment leaves stale " +
    "routes behind. Fixed by #8279 'Fix non-encap routes on parent device change' in v3.28.0; not backported to 3.26 or 3.27 (the PR also adds a " +
    "RouteReplace feature flag, off by default). The interface change itself is an event this rule cannot see: it flags the version.")]
[Symptom("After moving the node's IP to a bond/bridge or renaming the NIC, pods on that node lose cross-node connectivity; ip route shows Calico routes still via the old device")]
[Condition("VXLAN or non-encapsulated same-subnet routes (any Calico encapsulation mode can install the latter)")]
[Condition("the host's parent interface is renamed or moved (e.g. into a bond or bridge) while Calico runs (not visible here)")]
[Affects(ComponentNames.Calico, "(,3.28.0)")]
[FixedIn(ComponentNames.Calico, "v3.28.0")]
[Remediation(1, "Upgrade Calico to v3.28.0 or later before changing host interfaces.")]
[Remediation(2, "Otherwise, after such a change, delete the stale Calico routes on the old device (ip route show proto 80) and restart calico-node on that node.")]
[Reference("https://github.com/projectcalico/calico/pull/8279")]
public sealed class VxlanParentChangeStaleRoutes : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.Calico);
        ComponentVersion calico = null!;

        When().Component(() => calico, ComponentNames.Calico, c => affected.Contains(c.Version!));
        Then().Do(ctx => ctx.Note("Calico " + calico.Version!.Original + " does not follow parent interface changes; matters only if the node's parent interface changes."));
    }
}
