using CompatRules.Facts;

namespace CompatRules.Cli.Tests.Fixtures;

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
