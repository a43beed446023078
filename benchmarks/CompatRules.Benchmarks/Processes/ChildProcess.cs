using System.Diagnostics;

namespace CompatRules.Benchmarks.Processes;

/// <summary>What one run of a program gave: its exit code and the wall time from start to exit.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Elapsed">The wall time from <see cref="Process.Start()"/> to the exit.</param>
public sealed record ChildProcessResult(int ExitCode, TimeSpan Elapsed);

/// <summary>Runs a program as a child process for a benchmark: no shell, standard input closed, standard output and
/// error read to their end and dropped (so a full pipe never stalls the child), then waits for it to exit.</summary>
public static class ChildProcess
{
    /// <summary>Runs <paramref name="program"/> with <paramref name="args"/> to its exit.</summary>
    /// <param name="program">The executable's path.</param>
    /// <param name="args">Its arguments, passed as they are.</param>
    /// <returns>The exit code and wall time.</returns>
    public static ChildProcessResult Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        process.StandardInput.Close();
        var stderr = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
        process.StandardOutput.BaseStream.CopyTo(Stream.Null);
        stderr.GetAwaiter().GetResult();
        process.WaitForExit();
        return new ChildProcessResult(process.ExitCode, clock.Elapsed);
    }

    /// <summary>Runs <paramref name="program"/> and fails unless its exit code is one of <paramref name="expected"/>,
    /// so a benchmark never times a program that failed to start or rejected its arguments.</summary>
    /// <param name="expected">The exit codes that mean the run did its work.</param>
    /// <param name="program">The executable's path.</param>
    /// <param name="args">Its arguments.</param>
    /// <returns>The exit code.</returns>
    public static int RunExpecting(IReadOnlyCollection<int> expected, string program, params string[] args)
    {
        var result = Run(program, args);
        return expected.Contains(result.ExitCode)
            ? result.ExitCode
            : throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited with {result.ExitCode}, expected {string.Join(" or ", expected)}");
    }
}
