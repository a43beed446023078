using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using CompatRules.Rules.Tests.Catalogue;

namespace CompatRules.Tests.Packaging;

/// <summary>The library as <c>dotnet pack</c> makes it from this build (<c>--no-build</c>, the configuration these
/// tests were built in), packed once per test run into a temporary folder and opened as a zip.</summary>
public sealed class PackedLibrary : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("compatrules-pack-").FullName;

    public PackedLibrary()
    {
        var configuration = typeof(PackedLibrary).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var (code, output) = Run("dotnet", "pack", Path.Combine(Root, "src", "CompatRules", "CompatRules.csproj"), "-c", configuration, "--no-build", "-o", _folder);
        Assert.True(code == 0, "dotnet pack failed:" + Environment.NewLine + output);
        Package = ZipFile.OpenRead(Assert.Single(Directory.GetFiles(_folder, "*.nupkg")));
    }

    public static string Root { get; } = RepositoryRoot.Find();

    public ZipArchive Package { get; }

    /// <summary>The bytes of the package entry at <paramref name="path"/>.</summary>
    public byte[] Read(string path)
    {
        var entry = Package.GetEntry(path);
        Assert.True(entry is not null, $"the package has no {path}; it has: {string.Join(", ", Package.Entries.Select(e => e.FullName))}");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Runs a program in the repository root and returns its exit code and its output (both streams).</summary>
    public static (int Code, string Output) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.GetAwaiter().GetResult());
    }

    public void Dispose()
    {
        Package.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
