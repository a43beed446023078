namespace CompatRules.Benchmarks.Fleet;

/// <summary>Where the built <c>compatrules</c> CLI is: the Release build of src/CompatRules.Cli (the benchmark project
/// references it, so <c>./build.sh bench</c> builds it), run with the <c>dotnet</c> host that runs the benchmarks.</summary>
public static class FleetCli
{
    /// <summary>The <c>dotnet</c> host: this process's own when it is one, otherwise <c>dotnet</c> on PATH.</summary>
    public static string Dotnet
        => Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";

    /// <summary>The CLI assembly.</summary>
    /// <exception cref="FileNotFoundException">It is not built.</exception>
    public static string Dll
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "CompatRules.sln")))
                {
                    var dll = Path.Combine(directory.FullName, "src", "CompatRules.Cli", "bin", "Release", "net10.0", "CompatRules.Cli.dll");
                    return File.Exists(dll) ? dll : throw new FileNotFoundException("build the CLI first: dotnet build src/CompatRules.Cli -c Release", dll);
                }
            }

            throw new FileNotFoundException($"no CompatRules.sln above {AppContext.BaseDirectory}");
        }
    }
}
