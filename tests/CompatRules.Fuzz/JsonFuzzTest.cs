using Xunit.Abstractions;

namespace CompatRules.Fuzz;

/// <summary>Mutation fuzzing of the Json parsers; the budget is COMPATRULES_FUZZ_CASES per parser.</summary>
public class JsonFuzzTest(ITestOutputHelper output)
{
    [Theory]
    [InlineData("facts-snapshot")]
    [InlineData("cluster-inventory")]
    public void Parse_MutatedCorpus_OnlyDocumentedExceptionNoHangBoundedMemory(string target) => FuzzAssert.Holds(target, output);
}
