using CompatRules.DependencyInjection;
using CompatRules.Facts;
using CompatRules.Reports;
using CompatRules.Tests.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace CompatRules.Tests.DependencyInjection;

public class CompatRulesServiceCollectionExtensionsTest
{
    [Fact]
    public void AddCompatRules_WithBuiltInAndCustomRules_ResolvesOneSharedEngineWithBoth()
    {
        using var provider = new ServiceCollection()
            .AddCompatRules(b => b.AddBuiltInRules().AddRule<EmptyNodeRule>())
            .BuildServiceProvider();

        var engine = provider.GetRequiredService<RuleEngine>();

        Assert.Same(engine, provider.GetRequiredService<RuleEngine>());
        Assert.Contains(engine.Rules, r => r.Id == "KOVN-TPROXY-MPTCP");
        Assert.Equal(Outcome.Affected, engine.Evaluate(FactSet.Create(new Node("n", 1)))["T-NOT"]!.Outcome);
    }

    [Fact]
    public void AddCompatRules_WithNoRules_FailsWithAClearMessage()
    {
        using var provider = new ServiceCollection().AddCompatRules(_ => { }).BuildServiceProvider();

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => provider.GetRequiredService<RuleEngine>());
        Assert.Contains("No rules were added", error.Message);
    }

    [Fact]
    public void AddCompatRules_WithFilter_KeepsOnlyMatchingRules()
    {
        using var provider = new ServiceCollection()
            .AddCompatRules(b => b.AddRule<EmptyNodeRule>().AddRule<CalicoOldKernelRule>().Where(m => m.Component == ComponentNames.Calico))
            .BuildServiceProvider();

        Assert.Equal(["T-COMPONENT"], provider.GetRequiredService<RuleEngine>().Rules.Select(r => r.Id).ToArray());
    }
}

public class CompatRulesCollectorExtensionsTest
{
    [Fact]
    public void AddDefaultCollectors_Twice_RegistersEachDefaultCollectorOnceWithTheConfiguredHostRoot()
    {
        using var provider = new ServiceCollection()
            .AddCompatRules(b => b.AddBuiltInRules().AddDefaultCollectors(o => o.HostRoot = "/host").AddDefaultCollectors())
            .BuildServiceProvider();

        var collectors = provider.GetServices<CompatRules.Collectors.ICollector>().ToList();
        var expected = CompatRules.Collectors.DefaultCollectors.Create(new CompatRules.Collectors.CollectorOptions()).Select(c => c.Name);

        Assert.Equal(expected, collectors.Select(c => c.Name));
        Assert.Equal("/host", provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<CompatRules.Collectors.CollectorOptions>>().Value.HostRoot);
    }
}
