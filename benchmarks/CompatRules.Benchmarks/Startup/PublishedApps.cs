namespace CompatRules.Benchmarks.Startup;

/// <summary>Where <c>./build.sh bench</c> (and <c>./build.sh check</c>) publish the compatrules tool and the
/// hello-world baseline: <c>artifacts/publish/</c> under the repository root, which is found above the running
/// benchmark (BenchmarkDotNet runs it from a folder under this project's output).</summary>
public static class PublishedApps
{
    /// <summary>The published compatrules tool.</summary>
    public static string CompatRules => Find("compatrules", "CompatRules.Cli");

    /// <summary>The published hello-world console.</summary>
    public static string HelloWorld => Find("hello-world", "HelloWorld");

    private static string Find(string folder, string executable)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CompatRules.sln")))
            {
                var path = Path.Combine(directory.FullName, "artifacts", "publish", folder, executable);
                return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is not published; ./build.sh bench publishes it", path);
            }
        }

        throw new DirectoryNotFoundException($"No CompatRules.sln above {AppContext.BaseDirectory}.");
    }
}
