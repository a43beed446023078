using Xunit.Abstractions;

namespace CompatRules.Fuzz;

/// <summary>Mutation fuzzing of the host package readers; the budget is COMPATRULES_FUZZ_CASES per parser.</summary>
public class PackageFuzzTest(ITestOutputHelper output)
{
    [Theory]
    [InlineData("dpkg-status")]
    [InlineData("rpm-header")]
    [InlineData("package-version")]
    public void Parse_MutatedCorpus_OnlyDocumentedExceptionNoHangBoundedMemory(string target) => FuzzAssert.Holds(target, output);
}
