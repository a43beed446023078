using System.Globalization;
using CompatRules.Facts;

namespace CompatRules.BuiltIn.Node;

/// <summary>Which operating systems ship only the nf_tables iptables backend (no <c>iptables-legacy</c>).</summary>
internal static class HostIptablesBackendOsPolicy
{
    /// <summary>The first RHEL major release without iptables-legacy.</summary>
    private const int FirstNftOnlyRhel = 8;

    /// <summary>True for RHEL 8 and later and its rebuilds (Rocky, Alma, CentOS Stream, Oracle Linux), and for RHCOS
    /// (whose VERSION_ID is the OpenShift release; every RHCOS 4.x is RHEL 8 or later).</summary>
    /// <param name="os">The OS release.</param>
    /// <returns>Whether the OS is nft-only.</returns>
    public static bool Matches(OsRelease os)
    {
        if (os.Id.Equals("rhcos", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var rhelLike = os.IsLike("rhel") || os.Id.Equals("ol", StringComparison.OrdinalIgnoreCase);
        return rhelLike && Major(os.VersionId) >= FirstNftOnlyRhel;
    }

    /// <summary>The OS in a few words, such as <c>rocky 9.5</c>.</summary>
    /// <param name="os">The OS release.</param>
    /// <returns>The text.</returns>
    public static string Describe(OsRelease os) => os.PrettyName ?? (os.Id + " " + os.VersionId).TrimEnd();

    private static int Major(string? versionId)
    {
        if (versionId is null)
        {
            return 0;
        }

        var dot = versionId.IndexOf('.');
        var head = dot < 0 ? versionId : versionId[..dot];
        return int.TryParse(head, NumberStyles.Integer, CultureInfo.InvariantCulture, out var major) ? major : 0;
    }
}
