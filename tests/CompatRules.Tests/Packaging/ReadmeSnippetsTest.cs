using CompatRules.Rules.Tests.Catalogue;

namespace CompatRules.Tests.Packaging;

/// <summary>Every C# block of the repository README and of the package README compiles as shown, against the library
/// and its dependencies (<see cref="SnippetCompilation"/>).
/// <para>The rule: a block with top-level statements is a program; it is compiled together with the file's blocks that
/// only declare types (a rule class, its test class), so a program may use the rule a later block declares. With no
/// program block, the declaring blocks are compiled as one library. Each block is its own file, so each needs its own
/// <c>using</c> directives (the SDK's implicit usings aside).</para>
/// <para>A fragment (a block that is not meant to compile alone) must be marked on the line before its fence with
/// <c>&lt;!-- fragment: why it does not compile alone --&gt;</c>; it is left out, and an empty reason fails.</para></summary>
public class ReadmeSnippetsTest
{
    public static TheoryData<string> Readmes => ["README.md", "src/CompatRules/README.md"];

    [Theory]
    [MemberData(nameof(Readmes))]
    public void CSharpBlocks_CompileAgainstTheLibrary(string readme)
    {
        var blocks = CSharpBlocks(readme);
        var compiled = blocks.Where(b => b.FragmentReason is null).ToList();
        Assert.NotEmpty(compiled);
        Assert.All(blocks.Where(b => b.FragmentReason is not null), b => Assert.False(string.IsNullOrWhiteSpace(b.FragmentReason), $"{readme}:{b.Line}: a fragment says why it does not compile alone"));

        var programs = compiled.Where(b => SnippetCompilation.IsProgram(b.Code)).ToList();
        var declarations = compiled.Except(programs).ToList();
        var units = programs.Count == 0 ? [declarations] : programs.Select(p => declarations.Prepend(p).ToList()).ToList();
        var errors = units.SelectMany(unit => SnippetCompilation.Errors(unit.Select(b => ($"{readme}:{b.Line}", b.Code)))).Distinct().ToList();
        Assert.True(errors.Count == 0, $"C# blocks of {readme} do not compile (file:line of the fence, then (line,column) in the block):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    [Fact]
    public void Errors_BlockWithoutItsUsing_IsReported()
    {
        var errors = SnippetCompilation.Errors([("missing-using", "using CompatRules;\nCompatReport report = CompatEngine.Evaluate(CompatRules.Facts.FactSet.Create());\n")]);

        Assert.Contains(errors, e => e.Contains("CS0246", StringComparison.Ordinal) && e.Contains("CompatReport", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MarkedFragment_CarriesItsReason()
    {
        var blocks = MarkdownCodeBlocks.Read("text\n<!-- fragment: needs a host -->\n```csharp\nhost.Run();\n```\n```csharp\nvar x = 1;\n```\n");

        Assert.Equal(["needs a host", null], blocks.Select(b => b.FragmentReason));
        Assert.Equal(["host.Run();", "var x = 1;"], blocks.Select(b => b.Code));
    }

    private static List<MarkdownCodeBlock> CSharpBlocks(string readme)
        => [.. MarkdownCodeBlocks.Read(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), readme))).Where(b => MarkdownCodeBlocks.CSharp.Contains(b.Language))];
}
