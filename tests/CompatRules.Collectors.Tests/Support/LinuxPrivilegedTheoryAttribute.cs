namespace CompatRules.Collectors.Tests.Support;

/// <summary>A theory that runs only on Linux as root (it drops capabilities it must first have); skipped with the reason.</summary>
public sealed class LinuxPrivilegedTheoryAttribute : TheoryAttribute
{
    public LinuxPrivilegedTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux";
        }
        else if (!Environment.IsPrivilegedProcess)
        {
            Skip = "needs root: it drops capabilities and reads the live kernel";
        }
    }
}
