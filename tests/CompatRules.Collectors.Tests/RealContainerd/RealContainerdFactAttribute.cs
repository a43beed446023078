namespace CompatRules.Collectors.Tests.RealContainerd;

/// <summary>A fact that runs real containers with a private containerd: only on Linux, as root, with Debian's
/// <c>containerd</c>, <c>runc</c> and <c>busybox-static</c> installed (<c>.ci/run</c> installs them); otherwise
/// skipped with the reason.</summary>
public sealed class RealContainerdFactAttribute : FactAttribute
{
    public RealContainerdFactAttribute()
    {
        Skip = SkipReason();
    }

    /// <summary>Why real containers cannot run here, or null when they can.</summary>
    public static string? SkipReason()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "needs Linux: it runs real containers with containerd and runc";
        }

        if (!Environment.IsPrivilegedProcess)
        {
            return "needs root: containerd and runc run containers as root (run the tests as root, as .ci/run does)";
        }

        var missing = new[] { "containerd", "ctr", "runc" }.Where(p => ExecutableSearch.Find(p) is null).ToList();
        if (missing.Count > 0)
        {
            return $"needs {string.Join(", ", missing)} on PATH (apt-get install containerd runc busybox-static, as .ci/run does)";
        }

        return BusyboxImage.StaticBusybox is null
            ? "needs a statically linked busybox at /bin/busybox for the test images (apt-get install busybox-static)"
            : null;
    }
}
