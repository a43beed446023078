using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CompatRules.Collectors.Tests.Support;

/// <summary>A network namespace the test creates with <c>ip netns add</c> and deletes on dispose; code runs inside it
/// on a dedicated thread that enters it with setns(2).</summary>
internal sealed partial class TestNetworkNamespace : IDisposable
{
    private const int CloneNewNet = 0x40000000;

    public TestNetworkNamespace()
    {
        Name = $"crtest-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}";
        Ip("netns", "add", Name);
    }

    public string Name { get; }

    /// <summary>Runs <c>ip -n &lt;ns&gt; args</c>.</summary>
    public void IpIn(params string[] args) => Ip(["-n", Name, .. args]);

    public T Run<T>(Func<T> action, int[]? dropCapabilities = null)
    {
        T? result = default;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                var fd = Open($"/var/run/netns/{Name}", 0x80000);
                if (fd < 0 || SetNs(fd, CloneNewNet) != 0)
                {
                    throw new InvalidOperationException($"entering {Name} failed: errno {Marshal.GetLastPInvokeError()}");
                }

                _ = Close(fd);
                result = dropCapabilities is null ? action() : ThreadCapabilities.RunWithoutOnThisThread(dropCapabilities, action);
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new InvalidOperationException("The namespaced thread failed.", failure);
        }

        return result!;
    }

    public void Dispose() => Ip("netns", "delete", Name);

    private static void Ip(params string[] args)
    {
        var start = new ProcessStartInfo("ip") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ip {string.Join(' ', args)} failed: {error}");
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "setns", SetLastError = true)]
    private static partial int SetNs(int fd, int nstype);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
