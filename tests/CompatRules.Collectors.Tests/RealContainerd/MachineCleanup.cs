using System.Runtime.InteropServices;

namespace CompatRules.Collectors.Tests.RealContainerd;

/// <summary>What <see cref="PrivateContainerd"/> needs to leave the machine as it found it: processes of its own
/// found by their command line or pid files, mounts under its directory (and the bind mount it makes there), its
/// cgroup, empty directories.</summary>
internal static partial class MachineCleanup
{
    public const int SigTerm = 15;
    private const int SigKill = 9;
    private const int MntDetach = 2;
    private const ulong MsBind = 4096;

    /// <summary>Sends <paramref name="signal"/> to <paramref name="pid"/> (a process that is gone already is fine).</summary>
    public static void Signal(int pid, int signal) => _ = Kill(pid, signal);

    /// <summary>Kills the process of each pid file named <paramref name="name"/> under <paramref name="directory"/>.</summary>
    public static void KillPidFiles(string directory, string name)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (var pidFile in Directory.EnumerateFiles(directory, name, SearchOption.AllDirectories))
        {
            if (int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid))
            {
                Signal(pid, SigKill);
            }
        }
    }

    /// <summary>Kills every process whose command line has <paramref name="flag"/> followed by <paramref name="value"/>.</summary>
    public static void KillProcessesWithArguments(string flag, string value)
    {
        foreach (var process in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(process), out var pid) && ReadCommandLine(process) is { } words
                && words.Zip(words.Skip(1)).Any(pair => pair.First == flag && pair.Second == value))
            {
                Signal(pid, SigKill);
            }
        }
    }

    /// <summary>Binds <paramref name="source"/> at <paramref name="target"/> (both directories); detached with
    /// <see cref="DetachMountsUnder"/>.</summary>
    public static void BindMount(string source, string target)
    {
        if (Mount(source, target, null, MsBind, 0) != 0)
        {
            throw new IOException($"mount --bind {source} {target}: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    /// <summary>Detaches every mount under <paramref name="directory"/> (a task's rootfs, a sandbox's shm), deepest first.</summary>
    public static void DetachMountsUnder(string directory)
    {
        var mounts = File.ReadAllLines("/proc/self/mountinfo")
            .Select(line => line.Split(' ')[4].Replace("\\040", " ", StringComparison.Ordinal))
            .Where(point => point.StartsWith(directory + "/", StringComparison.Ordinal))
            .OrderByDescending(point => point.Length);
        foreach (var point in mounts)
        {
            if (Umount2(point, MntDetach) != 0)
            {
                throw new IOException($"umount {point}: errno {Marshal.GetLastPInvokeError()}");
            }
        }
    }

    /// <summary>Removes the cgroup <paramref name="parent"/> in every hierarchy (cgroup v1 controllers or the v2 tree).</summary>
    public static void RemoveCgroup(string parent)
    {
        var hierarchies = Directory.EnumerateDirectories("/sys/fs/cgroup").Prepend("/sys/fs/cgroup");
        foreach (var cgroup in hierarchies.Select(h => h + parent).Where(Directory.Exists))
        {
            DeleteEmptyTree(cgroup);
        }
    }

    /// <summary>Removes <paramref name="directory"/> and the directories under it, deepest first, each only when
    /// empty of anything but directories (rmdir): a file someone else put there keeps its directory.</summary>
    public static void DeleteEmptyTree(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (var child in Directory.EnumerateDirectories(directory))
        {
            DeleteEmptyTree(child);
        }

        try
        {
            Directory.Delete(directory, recursive: false);
        }
        catch (IOException)
        {
            // not empty: someone else's
        }
    }

    private static string[]? ReadCommandLine(string process)
    {
        try
        {
            return File.ReadAllText(process + "/cmdline").Split('\0');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the process ended meanwhile
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "mount", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Mount(string source, string target, string? type, ulong flags, nint data);

    [LibraryImport("libc", EntryPoint = "umount2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Umount2(string target, int flags);
}
