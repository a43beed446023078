using System.Runtime.InteropServices;

namespace CompatRules.Benchmarks.Fleet;

/// <summary>Starts a child process with <c>posix_spawnp</c> and waits for it with <c>wait4</c>, which hands back the
/// child's own resource usage: its peak resident set (<c>ru_maxrss</c>) is what the fleet benchmark reports.</summary>
/// <remarks><see cref="System.Diagnostics.Process"/> reaps its children itself and keeps no usage, so it cannot say
/// how much memory a finished child used; the runtime leaves children it did not start to their parent.</remarks>
public static partial class FleetProcess
{
    private const int OpenWriteOnly = 0x1;
    private const int OpenCreate = 0x40;
    private const int OpenTruncate = 0x200;
    private const int Interrupted = 4;

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
            string?[] envp = [.. Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>().Select(e => $"{e.Key}={e.Value}"), null];
            Check(posix_spawnp(out var pid, program, actions, IntPtr.Zero, argv, envp), $"posix_spawnp {program}");
            int waited;
            int status;
            Usage usage;
            do
            {
                waited = wait4(pid, out status, 0, out usage);
            }
            while (waited == -1 && Marshal.GetLastPInvokeError() == Interrupted);

            if (waited != pid)
            {
                throw new InvalidOperationException($"wait4 for {pid} failed: errno {Marshal.GetLastPInvokeError()}");
            }

            var signal = status & 0x7f;
            return (signal == 0 ? (status >> 8) & 0xff : 128 + signal, usage.MaxResidentKilobytes * 1024);
        }
        finally
        {
            _ = posix_spawn_file_actions_destroy(actions);
            Marshal.FreeHGlobal(actions);
        }
    }

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
    private static partial int wait4(int pid, out int status, int options, out Usage usage);

    /// <summary>struct rusage on 64-bit Linux: two timevals, then fourteen longs, ru_maxrss (in KiB) first.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Usage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxResidentKilobytes;
        public long SharedText;
        public long SharedData;
        public long SharedStack;
        public long MinorFaults;
        public long MajorFaults;
        public long Swaps;
        public long BlocksIn;
        public long BlocksOut;
        public long MessagesSent;
        public long MessagesReceived;
        public long Signals;
        public long VoluntarySwitches;
        public long InvoluntarySwitches;
    }
}
