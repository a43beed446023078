using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.Cli.Tests.Fixtures;

/// <summary>Calico BPF rule: needs a setting, so a node with Calico but no setting is Unknown.</summary>
[RuleId("TEST-CALICO-BPF")]
[Title("Calico BPF dataplane drops traffic")]
[Severity(Severity.Medium)]
[Component(ComponentNames.Calico)]
[Affects(ComponentNames.Calico, "[3.0.0,3.29.0)")]
[FixedIn(ComponentNames.Calico, "v3.29.0")]
[Remediation(1, "Upgrade Calico to v3.29.0.")]
[Reference("https://example.test/calico/1")]
public sealed class TestCalicoBpfRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.Calico);
        ComponentVersion calico = null!;
        ComponentSetting bpf = null!;
        When()
            .Component(() => calico, ComponentNames.Calico, c => affected.Contains(c.Version!))
            .Keyed(() => bpf, ComponentSetting.KeyFor(ComponentNames.Calico, "BPF"), s => s.IsEnabled);
        Then().Report();
    }
}
