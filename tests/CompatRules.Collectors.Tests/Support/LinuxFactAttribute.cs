namespace CompatRules.Collectors.Tests.Support;

/// <summary>A fact that compares collectors with the live Linux kernel; skipped with the reason elsewhere.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux: it compares with the running kernel";
        }
    }
}
