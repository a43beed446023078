using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CompatRules.Tests.Packaging;

/// <summary>Compiles documentation snippets with Roslyn as a user's project would: C# latest, nullable enabled, the
/// SDK's implicit usings for a console project, and references to the framework plus the assemblies a user of the
/// package has (CompatRules and its dependency closure, as the build output holds them) and those the snippets name
/// besides (Microsoft.Extensions.DependencyInjection, xunit).</summary>
internal static class SnippetCompilation
{
    /// <summary>What <c>&lt;ImplicitUsings&gt;enable&lt;/ImplicitUsings&gt;</c> gives a Microsoft.NET.Sdk project.</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(ReadReferences);

    /// <summary>The errors of compiling <paramref name="sources"/> (name, code) into one assembly: an executable when
    /// one of them has top-level statements, else a library. Empty when it compiles.</summary>
    public static IReadOnlyList<string> Errors(IEnumerable<(string Name, string Code)> sources)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Code, Parse, s.Name))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, Parse, "ImplicitUsings.g.cs"))
            .ToList();
        var program = trees.Any(IsProgram);
        var options = new CSharpCompilationOptions(program ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable);
        var compilation = CSharpCompilation.Create("Snippets", trees, References.Value, options);
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        return [.. result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString())];
    }

    /// <summary>True when <paramref name="code"/> has top-level statements.</summary>
    public static bool IsProgram(string code) => IsProgram(CSharpSyntaxTree.ParseText(code, Parse));

    private static bool IsProgram(SyntaxTree tree) => tree.GetCompilationUnitRoot().Members.Any(m => m.IsKind(SyntaxKind.GlobalStatement));

    private static IReadOnlyList<MetadataReference> ReadReferences()
    {
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetDirectoryName(p) == Path.GetDirectoryName(typeof(object).Assembly.Location));
        var package = Closure(typeof(CompatEngine).Assembly)
            .Concat([typeof(Microsoft.Extensions.DependencyInjection.ServiceCollection).Assembly, typeof(FactAttribute).Assembly, typeof(Assert).Assembly])
            .Select(a => a.Location);
        return [.. framework.Concat(package).Distinct(StringComparer.Ordinal).Select(p => MetadataReference.CreateFromFile(p))];
    }

    /// <summary><paramref name="root"/> and every assembly it references, transitively, outside the framework.</summary>
    private static IEnumerable<Assembly> Closure(Assembly root)
    {
        var seen = new Dictionary<string, Assembly>(StringComparer.Ordinal) { [root.GetName().Name!] = root };
        var pending = new Stack<Assembly>([root]);
        while (pending.TryPop(out var assembly))
        {
            foreach (var name in assembly.GetReferencedAssemblies())
            {
                if (!seen.ContainsKey(name.Name!) && Assembly.Load(name) is { } loaded && Path.GetDirectoryName(loaded.Location) == AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar))
                {
                    seen[name.Name!] = loaded;
                    pending.Push(loaded);
                }
            }
        }

        return seen.Values;
    }
}
