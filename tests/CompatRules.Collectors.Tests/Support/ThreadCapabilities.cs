using System.Runtime.InteropServices;

namespace CompatRules.Collectors.Tests.Support;

/// <summary>Runs code on a dedicated thread whose effective capabilities lack some bits (capset(2) is per thread),
/// so the rest of the test process keeps its privileges.</summary>
internal static unsafe partial class ThreadCapabilities
{
    private const uint Version3 = 0x20080522;

    public static T RunWithout<T>(int[] capabilities, Func<T> action)
    {
        T? result = default;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                Drop(capabilities);
                result = action();
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
            throw new InvalidOperationException("The reduced-capability thread failed.", failure);
        }

        return result!;
    }

    /// <summary>Drops the capabilities on the calling thread (which must be dedicated to the test) and runs the action.</summary>
    public static T RunWithoutOnThisThread<T>(int[] capabilities, Func<T> action)
    {
        Drop(capabilities);
        return action();
    }

    private static void Drop(int[] capabilities)
    {
        var header = stackalloc uint[2] { Version3, 0 };
        var data = stackalloc uint[6];
        if (CapGet(header, data) != 0)
        {
            throw new InvalidOperationException("capget failed: " + Marshal.GetLastPInvokeError());
        }

        foreach (var cap in capabilities)
        {
            data[(cap / 32) * 3] &= ~(1u << (cap % 32));
        }

        if (CapSet(header, data) != 0)
        {
            throw new InvalidOperationException("capset failed: " + Marshal.GetLastPInvokeError());
        }
    }

    [LibraryImport("libc", EntryPoint = "capget", SetLastError = true)]
    private static partial int CapGet(uint* header, uint* data);

    [LibraryImport("libc", EntryPoint = "capset", SetLastError = true)]
    private static partial int CapSet(uint* header, uint* data);
}
