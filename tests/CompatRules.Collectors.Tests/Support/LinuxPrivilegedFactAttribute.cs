namespace CompatRules.Collectors.Tests.Support;

/// <summary>A fact that runs only on Linux as root (it drops capabilities it must first have); skipped with the reason.</summary>
public sealed class LinuxPrivilegedFactAttribute : FactAttribute
{
    public LinuxPrivilegedFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux";
        }
        else if (!Environment.IsPrivilegedProcess)
        {
            Skip = "needs root: it compares full and reduced capabilities";
        }
    }
}
