namespace CompatRules.Collectors.Interop;

/// <summary>The Linux errno values the collectors tell apart, and their names for status reasons.</summary>
internal static class Errno
{
    public const int EPERM = 1;
    public const int ENOENT = 2;
    public const int EINTR = 4;
    public const int EAGAIN = 11;
    public const int EACCES = 13;
    public const int ENOTDIR = 20;
    public const int EISDIR = 21;
    public const int ENAMETOOLONG = 36;
    public const int ENOSYS = 38;
    public const int ELOOP = 40;
    public const int ENODEV = 19;
    public const int EINVAL = 22;
    public const int ENOPROTOOPT = 92;
    public const int EPROTONOSUPPORT = 93;
    public const int EOPNOTSUPP = 95;
    public const int EAFNOSUPPORT = 97;

    public static string Name(int errno) => errno switch
    {
        EPERM => "EPERM",
        ENOENT => "ENOENT",
        EINTR => "EINTR",
        EAGAIN => "EAGAIN",
        EACCES => "EACCES",
        ENOTDIR => "ENOTDIR",
        EISDIR => "EISDIR",
        ENAMETOOLONG => "ENAMETOOLONG",
        ENOSYS => "ENOSYS",
        ELOOP => "ELOOP",
        ENODEV => "ENODEV",
        EINVAL => "EINVAL",
        ENOPROTOOPT => "ENOPROTOOPT",
        EPROTONOSUPPORT => "EPROTONOSUPPORT",
        EOPNOTSUPP => "EOPNOTSUPP",
        EAFNOSUPPORT => "EAFNOSUPPORT",
        _ => "errno",
    };

    /// <summary>The errno as <c>EPERM (1)</c>.</summary>
    public static string Describe(int errno) => $"{Name(errno)} ({errno})";

    public static bool IsPermission(int errno) => errno is EPERM or EACCES;
}
