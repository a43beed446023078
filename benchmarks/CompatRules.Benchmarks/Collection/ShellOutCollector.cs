using System.Diagnostics;

namespace CompatRules.Benchmarks.Collection;

/// <summary>
/// The baseline a shell script would be: get the same facts by running <c>uname -r</c>, <c>cat</c> of os-release,
/// modules, sysctls and capabilities, <c>iptables-save</c> (both backends) and <c>ethtool -k</c> for the interfaces
/// the rules ask about. Only the output size is kept; parsing is not counted, which flatters the baseline.
/// Process is allowed here only, never in the library.
/// </summary>
public static class ShellOutCollector
{
    private static readonly string[] Sysctls =
    [
        "/proc/sys/net/ipv4/vs/conn_reuse_mode", "/proc/sys/net/mptcp/enabled", "/proc/sys/net/ipv4/ip_forward",
        "/proc/sys/net/bridge/bridge-nf-call-iptables",
    ];

    private static readonly string[] Interfaces = ["vxlan.calico", "tunl0", "vxlan-v6.calico", "eth0"];

    /// <summary>The programs the baseline needs and where they were found; null when one is missing.</summary>
    public static string? MissingTool { get; } = FindMissing();

    /// <summary>Runs every command and returns the total number of characters they printed.</summary>
    /// <returns>The output size, or -1 when a tool is missing (the benchmark then measures nothing).</returns>
    public static async Task<long> CollectAsync()
    {
        if (MissingTool is not null)
        {
            return -1;
        }

        var tasks = new List<Task<int>>
        {
            RunAsync("uname", "-r", "-m"),
            RunAsync("cat", ["/etc/os-release", "/proc/modules", "/proc/self/status", "/proc/net/ip_tables_names", .. Sysctls.Where(File.Exists)]),
            RunAsync("iptables-save"),
            RunAsync("iptables-legacy-save"),
            RunAsync("ip", "-d", "-o", "link", "show"),
        };
        foreach (var name in Interfaces)
        {
            tasks.Add(RunAsync("ethtool", "-k", name));
        }

        var sizes = await Task.WhenAll(tasks).ConfigureAwait(false);
        return sizes.Sum(s => (long)s);
    }

    private static async Task<int> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        return (await output.ConfigureAwait(false)).Length + (await error.ConfigureAwait(false)).Length;
    }

    private static string? FindMissing()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries);
        foreach (var tool in new[] { "uname", "cat", "iptables-save", "iptables-legacy-save", "ip", "ethtool" })
        {
            if (!path.Any(dir => File.Exists(Path.Combine(dir, tool))))
            {
                return tool;
            }
        }

        return null;
    }
}
