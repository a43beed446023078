namespace CompatRules.Collectors.Tests.RealContainerd;

/// <summary>Finds a program on <c>PATH</c> (and in the sbin directories, which root's PATH may lack).</summary>
internal static class ExecutableSearch
{
    private static readonly string[] SbinDirectories = ["/usr/local/sbin", "/usr/sbin", "/sbin"];

    /// <summary>The full path of the executable <paramref name="name"/>, or null.</summary>
    public static string? Find(string name)
        => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Concat(SbinDirectories)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(path => File.Exists(path) && !OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & UnixFileMode.UserExecute) != 0);
}
