namespace CompatRules.Benchmarks.Startup;

/// <summary>Where <c>./build.sh bench</c> (and <c>./build.sh check</c>) publish the compatrules tool and the
/// hello-world baseline: <c>artifacts/publish/</c> under the repository root, which is found above the running
/// benchmark (BenchmarkDotNet runs it from a folder under this project's output).</summary>
public static class PublishedApps
{
    /// <summary>The published compatrules tool.</summary>
    public static string CompatRules => Find("compatrules", "CompatRules.Cli");

    /// <summary>The published hello-world console (framework-dependent, run by the JIT).</summary>
    public static string HelloWorld => Find("hello-world", "HelloWorld");

    /// <summary>The same hello-world console published with Native AOT, as the tool is.</summary>
    public static string HelloWorldAot => Find("hello-world-aot", "HelloWorld");

    /// <summary>The tool as <c>dotnet build -c Release</c> leaves it (IL, run by the JIT), run with <c>dotnet</c>.</summary>
    public static string CompatRulesIl => Existing(Path.Combine(Root(), "src", "CompatRules.Cli", "bin", "Release", "net10.0", "CompatRules.Cli.dll"), "./build.sh bench builds it");

    private static string Find(string folder, string executable)
        => Existing(Path.Combine(Root(), "artifacts", "publish", folder, executable), "./build.sh bench publishes it");

    private static string Existing(string path, string how)
        => File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing; {how}", path);

    private static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CompatRules.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No CompatRules.sln above {AppContext.BaseDirectory}.");
    }
}
