using Xunit.Abstractions;

namespace CompatRules.Fuzz;

/// <summary>Mutation fuzzing of the Version parsers; the budget is COMPATRULES_FUZZ_CASES per parser.</summary>
public class VersionFuzzTest(ITestOutputHelper output)
{
    [Theory]
    [InlineData("software-version")]
    [InlineData("version-range")]
    [InlineData("kernel-version")]
    public void Parse_MutatedCorpus_OnlyDocumentedExceptionNoHangBoundedMemory(string target) => FuzzAssert.Holds(target, output);
}
