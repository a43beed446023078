namespace CompatRules.Collectors.Tests.Support;

/// <summary>A theory that needs Linux system calls (openat2, statx, the node's file types); skipped elsewhere.</summary>
public sealed class LinuxTheoryAttribute : TheoryAttribute
{
    public LinuxTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux: it reads through the confined reader's system calls";
        }
    }
}
