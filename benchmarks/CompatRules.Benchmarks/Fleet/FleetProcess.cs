using System.Runtime.InteropServices;

namespace CompatRules.Benchmarks.Fleet;

/// <summary>Starts a child process with <c>posix_spawnp</c>, follows its peak resident set (<c>VmHWM</c> of
/// /proc/PID/status, read every 10 ms until it exits) and reaps it with <c>waitpid</c>.</summary>
/// <remarks>Not <c>wait4</c>'s <c>ru_maxrss</c>: posix_spawn starts the child in the parent's memory (vfork), and
/// exec records the parent's peak as the child's, so every child would report the benchmark process's size.
/// VmHWM belongs to the child's own address space; it is monotonic, so only what happens in the last 10 ms before
/// exit can be missed. The runtime leaves children it did not start to their parent.</remarks>
public static partial class FleetProcess
{
    private const int OpenWriteOnly = 0x1;
    private const int OpenCreate = 0x40;
    private const int OpenTruncate = 0x200;
    private const int Interrupted = 4;
    private const int NoHang = 1;

    /// <summary>Runs <paramref name="program"/> with <paramref name="arguments"/>, standard output to /dev/null and
    /// standard error to <paramref name="stderrFile"/>, and waits for it.</summary>
    /// <param name="program">The program, looked up on PATH when it has no slash.</param>
    /// <param name="arguments">The arguments after the program name.</param>
    /// <param name="stderrFile">Where the child's standard error goes.</param>
    /// <returns>The exit code (128 + the signal when it was killed) and the peak resident set in bytes.</returns>
    /// <exception cref="InvalidOperationException">The child could not be started or waited for.</exception>
    public static (int ExitCode, long PeakRssBytes) Run(string program, IReadOnlyList<string> arguments, string stderrFile)
    {
        var actions = Marshal.AllocHGlobal(512); // posix_spawn_file_actions_t is 80 bytes on glibc x86-64 and arm64
        try
        {
            Check(posix_spawn_file_actions_init(actions), "posix_spawn_file_actions_init");
            Check(posix_spawn_file_actions_addopen(actions, 1, "/dev/null", OpenWriteOnly, 0), "posix_spawn_file_actions_addopen");
            Check(posix_spawn_file_actions_addopen(actions, 2, stderrFile, OpenWriteOnly | OpenCreate | OpenTruncate, 0x1A4), "posix_spawn_file_actions_addopen");
            string?[] argv = [program, .. arguments, null];
            string?[] envp = [.. ChildEnvironment(), null];
            Check(posix_spawnp(out var pid, program, actions, IntPtr.Zero, argv, envp), $"posix_spawnp {program}");
            long peakKilobytes = 0;
            int status;
            while (true)
            {
                peakKilobytes = Math.Max(peakKilobytes, HighWaterKilobytes(pid));
                var waited = waitpid(pid, out status, NoHang);
                if (waited == pid)
                {
                    break;
                }

                if (waited == -1 && Marshal.GetLastPInvokeError() != Interrupted)
                {
                    throw new InvalidOperationException($"waitpid for {pid} failed: errno {Marshal.GetLastPInvokeError()}");
                }

                Thread.Sleep(10);
            }

            var signal = status & 0x7f;
            return (signal == 0 ? (status >> 8) & 0xff : 128 + signal, peakKilobytes * 1024);
        }
        finally
        {
            _ = posix_spawn_file_actions_destroy(actions);
            Marshal.FreeHGlobal(actions);
        }
    }

    /// <summary>The child's VmHWM in KiB, or 0 once it has no address space (exiting, or a zombie).</summary>
    private static long HighWaterKilobytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>This process's environment without the runtime's knobs (<c>DOTNET_gcConcurrent</c>, ... that
    /// BenchmarkDotNet sets for its benchmark process): the child runs with the runtime's defaults, as a user's would.
    /// Where the runtime is (<c>DOTNET_ROOT</c>) and the CLI's own switches stay.</summary>
    private static IEnumerable<string> ChildEnvironment()
        => Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .Select(e => ((string)e.Key, (string?)e.Value))
            .Where(e => !IsRuntimeKnob(e.Item1))
            .Select(e => $"{e.Item1}={e.Item2}");

    private static bool IsRuntimeKnob(string name)
        => (name.StartsWith("DOTNET_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("COMPlus_", StringComparison.OrdinalIgnoreCase))
           && !name.StartsWith("DOTNET_ROOT", StringComparison.OrdinalIgnoreCase)
           && !name.StartsWith("DOTNET_CLI_", StringComparison.OrdinalIgnoreCase)
           && !name.Equals("DOTNET_NOLOGO", StringComparison.OrdinalIgnoreCase);

    private static void Check(int result, string call)
    {
        if (result != 0)
        {
            throw new InvalidOperationException($"{call} failed: error {result}");
        }
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int posix_spawn_file_actions_init(IntPtr actions);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int posix_spawn_file_actions_destroy(IntPtr actions);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int posix_spawn_file_actions_addopen(IntPtr actions, int descriptor, string path, int flags, int mode);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int posix_spawnp(out int pid, string file, IntPtr actions, IntPtr attributes, string?[] argv, string?[] envp);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int waitpid(int pid, out int status, int options);
}
