using CompatRules.Cli.Tests.Fixtures;

namespace CompatRules.Cli.Tests.NativeTool;

/// <summary>Runs one command line through the native tool and through the JIT-run tool and asserts that exit code,
/// standard output, standard error and the file the command writes (when it writes one) are equal once
/// <see cref="ClockNormaliser"/> has replaced what each wrote from its own clock.</summary>
internal static class NativeToolComparison
{
    /// <summary>Compares the two runs of <paramref name="args"/> (with <paramref name="stdin"/> as standard input,
    /// or none) and returns the JIT-run one for the caller's own checks.</summary>
    public static async Task<CliRun> AssertSameAsync(IReadOnlyList<string> args, string? stdin = null)
        => (await AssertSameAsync(args, stdin, outputFile: null)).Run;

    /// <summary>Compares the native run of <paramref name="args"/> with the JIT-run tool run as a process
    /// (<see cref="ToolProcess.JitAsync"/>), for output that names the entry assembly.</summary>
    public static async Task<CliRun> AssertSameAsJitProcessAsync(IReadOnlyList<string> args)
        => (await AssertSameAsync(args, null, null, () => ToolProcess.JitAsync(args, null))).Run;

    /// <summary>Compares the two runs of <paramref name="args"/>, which write <paramref name="outputFile"/> (each run's
    /// file is read, then deleted before the next run); returns the JIT-run one and its file's text.</summary>
    public static Task<(CliRun Run, string? File)> AssertSameAsync(IReadOnlyList<string> args, string? stdin, string? outputFile)
        => AssertSameAsync(args, stdin, outputFile, () => Task.FromResult(JitToolRun.Run(args, stdin)));

    private static async Task<(CliRun Run, string? File)> AssertSameAsync(IReadOnlyList<string> args, string? stdin, string? outputFile, Func<Task<CliRun>> runJit)
    {
        var nativeStarted = DateTimeOffset.UtcNow;
        var native = await ToolProcess.NativeAsync(args, stdin);
        var nativeEnded = DateTimeOffset.UtcNow;
        var nativeFile = Take(outputFile);
        var jitStarted = DateTimeOffset.UtcNow;
        var jit = await runJit();
        var jitEnded = DateTimeOffset.UtcNow;
        var jitFile = Take(outputFile);

        var commandLine = string.Join(' ', args);
        Assert.True(jit.ExitCode == native.ExitCode, $"compatrules {commandLine}: exit code {native.ExitCode} native, {jit.ExitCode} JIT-run; native stderr: {native.Stderr}");
        string? Jit(string? text) => text is null ? null : ClockNormaliser.Normalise(text, jitStarted, jitEnded);
        string? Native(string? text) => text is null ? null : ClockNormaliser.Normalise(text, nativeStarted, nativeEnded);
        Assert.Equal(Jit(jit.Stdout), Native(native.Stdout));
        Assert.Equal(Jit(jit.Stderr), Native(native.Stderr));
        Assert.Equal(Jit(jitFile), Native(nativeFile));
        return (jit, jitFile);
    }

    private static string? Take(string? path)
    {
        if (path is null)
        {
            return null;
        }

        Assert.True(File.Exists(path), $"the run did not write {path}");
        var text = File.ReadAllText(path);
        File.Delete(path);
        return text;
    }
}
