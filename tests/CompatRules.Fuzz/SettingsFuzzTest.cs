using Xunit.Abstractions;

namespace CompatRules.Fuzz;

/// <summary>Mutation fuzzing of the component settings readers; the budget is COMPATRULES_FUZZ_CASES per parser.</summary>
public class SettingsFuzzTest(ITestOutputHelper output)
{
    [Theory]
    [InlineData("kube-proxy-config")]
    [InlineData("command-line-flags")]
    public void Parse_MutatedCorpus_OnlyDocumentedExceptionNoHangBoundedMemory(string target) => FuzzAssert.Holds(target, output);
}
