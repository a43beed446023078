using CompatRules.Reports;

namespace CompatRules.Tests.Engine.NRulesInterop;

public class ExpressionCompilerTest
{
    [Fact]
    public void Build_BuiltInRules_FastExpressionCompilerCompilesEveryExpression()
        => Assert.Equal(0, CompatEngine.CreateBuilder().AddBuiltInRules().Build().CompilerFallbacks);

    [Fact]
    public void Build_WithoutFastExpressionCompiler_GivesTheSameReports()
    {
        var fast = CompatEngine.CreateBuilder().AddBuiltInRules().Build();
        var plain = CompatEngine.CreateBuilder().AddBuiltInRules().WithOptions(new EngineOptions { UseFastExpressionCompiler = false }).Build();

        foreach (var facts in Reliability.NodeFactSets.All)
        {
            Assert.Equal(ReportJson.Serialize(plain.Evaluate(facts)), ReportJson.Serialize(fast.Evaluate(facts)));
        }
    }
}
