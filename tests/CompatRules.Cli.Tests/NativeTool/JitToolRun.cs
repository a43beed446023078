using CompatRules.Cli.Tests.Fixtures;
using CompatRules.Rules.Tests.Catalogue;

namespace CompatRules.Cli.Tests.NativeTool;

/// <summary>Runs the JIT-run tool in-process (<see cref="Program.Run(string[], TextWriter, TextWriter)"/> with default
/// services, as <see cref="CliRun.Default"/>) from the repository root, so that relative paths and the messages
/// naming them are those of the native run. Changing the working directory is process-wide: the callers are in the
/// <see cref="NativeToolCollection"/>, which runs alone.</summary>
internal static class JitToolRun
{
    private static readonly Lock WorkingDirectory = new();

    /// <summary>Runs the tool with <paramref name="args"/>; standard input is <paramref name="stdin"/> when given,
    /// otherwise empty (as <see cref="CliRun.Default"/>).</summary>
    public static CliRun Run(IReadOnlyList<string> args, string? stdin)
    {
        lock (WorkingDirectory)
        {
            var previous = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(RepositoryRoot.Find());
            try
            {
                return stdin is null
                    ? CliRun.Default([.. args])
                    : CliRun.With(new CliServices { Stdin = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(stdin)) }, [.. args]);
            }
            finally
            {
                Directory.SetCurrentDirectory(previous);
            }
        }
    }
}
