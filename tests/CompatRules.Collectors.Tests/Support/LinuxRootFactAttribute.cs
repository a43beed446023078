namespace CompatRules.Collectors.Tests.Support;

/// <summary>A fact that runs only on Linux as root (it creates network namespaces); otherwise skipped with the reason.</summary>
public sealed class LinuxRootFactAttribute : FactAttribute
{
    public LinuxRootFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux: it creates a network namespace";
        }
        else if (!Environment.IsPrivilegedProcess)
        {
            Skip = "needs root: it creates a network namespace with 'ip netns add'";
        }
        else if (!File.Exists("/usr/sbin/ip") && !File.Exists("/sbin/ip") && !File.Exists("/usr/bin/ip"))
        {
            Skip = "needs the 'ip' program (iproute2) to create the test network namespace";
        }
    }
}
