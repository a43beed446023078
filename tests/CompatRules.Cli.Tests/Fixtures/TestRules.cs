using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;

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
    protected override void Define()
    {
        var affected = AffectedVersions(ComponentNames.Calico);
        ComponentVersion calico = null!;
        ComponentSetting bpf = null!;
        When()
            .Component(() => calico, ComponentNames.Calico, c => affected.Contains(c.Version!))
            .Keyed(() => bpf, ComponentSetting.KeyFor(ComponentNames.Calico, "BPF"), s => s.IsEnabled);
    }
}

/// <summary>kube-proxy rule of high severity.</summary>
[RuleId("TEST-PROXY-OLD")]
[Title("kube-proxy leaks conntrack entries")]
[Severity(Severity.High)]
[Component(ComponentNames.KubeProxy)]
[Affects(ComponentNames.KubeProxy, "[1.28.0,1.30.0)")]
[FixedIn(ComponentNames.KubeProxy, "v1.30.0")]
public sealed class TestProxyOldRule : Rule
{
    /// <inheritdoc />
    protected override void Define()
    {
        var affected = AffectedVersions(ComponentNames.KubeProxy);
        ComponentVersion proxy = null!;
        When().Component(() => proxy, ComponentNames.KubeProxy, c => affected.Contains(c.Version!));
    }
}

/// <summary>Kernel rule of low severity.</summary>
[RuleId("TEST-KERNEL-OLD")]
[Title("Kernel older than 5.0")]
[Severity(Severity.Low)]
public sealed class TestKernelOldRule : Rule
{
    /// <inheritdoc />
    protected override void Define()
    {
        KernelInfo kernel = null!;
        When().Match(() => kernel, k => k.Version.Major < 5);
    }
}

/// <summary>The hand-built engine and fact sets the CLI tests run against.</summary>
public static class TestEngine
{
    public static RuleEngine Create() => CompatEngine.CreateBuilder()
        .AddRule<TestCalicoBpfRule>().AddRule<TestProxyOldRule>().AddRule<TestKernelOldRule>().Build();

    public static FactSet Node(string? name, string kernel = "6.8.0-45-generic", string? calico = null, bool? bpf = null, string? kubeProxy = null)
    {
        var facts = new List<Fact> { KernelInfo.FromRelease(kernel, "x86_64") with { Provenance = Provenance.FromFile("/proc/sys/kernel/osrelease") } };
        if (calico is not null)
        {
            facts.Add(ComponentVersion.Of(ComponentNames.Calico, calico));
        }

        if (bpf is not null)
        {
            facts.Add(new ComponentSetting(ComponentNames.Calico, "BPF", bpf.Value ? "true" : "false"));
        }

        if (kubeProxy is not null)
        {
            facts.Add(ComponentVersion.Of(ComponentNames.KubeProxy, kubeProxy));
        }

        return FactSet.Create(name, facts);
    }
}
