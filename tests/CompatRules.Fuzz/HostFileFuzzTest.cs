using Xunit.Abstractions;

namespace CompatRules.Fuzz;

/// <summary>Mutation fuzzing of the HostFile parsers; the budget is COMPATRULES_FUZZ_CASES per parser.</summary>
public class HostFileFuzzTest(ITestOutputHelper output)
{
    [Theory]
    [InlineData("os-release")]
    [InlineData("proc-modules")]
    [InlineData("modules-builtin")]
    [InlineData("kernel-config")]
    [InlineData("kernel-config-gzip")]
    [InlineData("proc-status")]
    [InlineData("container-config")]
    public void Parse_MutatedCorpus_OnlyDocumentedExceptionNoHangBoundedMemory(string target) => FuzzAssert.Holds(target, output);
}
