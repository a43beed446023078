using System.Diagnostics;
using System.Text;
using CompatRules.Cli.Tests.Fixtures;
using CompatRules.Rules.Tests.Catalogue;

namespace CompatRules.Cli.Tests.NativeTool;

/// <summary>Runs the tool as a child process as a pipeline or a DaemonSet would: no shell, the repository root as
/// working directory, standard input given or closed, no terminal on any stream and no <c>NODE_NAME</c> (the
/// in-process run has neither).</summary>
internal static class ToolProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Runs the native tool with <paramref name="args"/>, writing <paramref name="stdin"/> to its standard
    /// input (closed at once when null).</summary>
    public static Task<CliRun> NativeAsync(IReadOnlyList<string> args, string? stdin) => RunAsync(NativeToolLocation.Require(), args, stdin);

    /// <summary>Runs the JIT-run tool as a process (<c>dotnet CompatRules.Cli.dll</c>, the build beside the tests),
    /// for what depends on the entry assembly: <c>--version</c> and the usage line of <c>--help</c>, which in-process
    /// are the test host's.</summary>
    public static Task<CliRun> JitAsync(IReadOnlyList<string> args, string? stdin)
        => RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "CompatRules.Cli.dll"), .. args], stdin);

    /// <summary>Runs <paramref name="program"/> with <paramref name="args"/>. Output is decoded as strict UTF-8,
    /// keeping any byte order mark.</summary>
    private static async Task<CliRun> RunAsync(string program, IReadOnlyList<string> args, string? stdin)
    {
        var start = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Find(),
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("NODE_NAME");
        start.Environment.Remove("TERM");
        using var process = Process.Start(start)!;
        var stdout = ReadAllAsync(process.StandardOutput.BaseStream);
        var stderr = ReadAllAsync(process.StandardError.BaseStream);
        await process.StandardInput.BaseStream.WriteAsync(StrictUtf8.GetBytes(stdin ?? string.Empty));
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not exit within {Timeout}: {string.Join(' ', args)}");
        }

        return new CliRun(process.ExitCode, await stdout, await stderr);
    }

    private static async Task<string> ReadAllAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return StrictUtf8.GetString(buffer.ToArray());
    }
}
