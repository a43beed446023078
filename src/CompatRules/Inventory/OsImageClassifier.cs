using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CompatRules.Facts;

namespace CompatRules.Inventory;

/// <summary>Guesses the os-release <c>ID</c>, <c>VERSION_ID</c> and <c>ID_LIKE</c> from a node's <c>osImage</c>,
/// which is the host's <c>PRETTY_NAME</c> (inventory.md §2.3).</summary>
/// <remarks>The first matching name prefix wins; unknown names get the id <c>unknown</c> and keep the pretty name.
/// The version is the first number after the name (Ubuntu keeps two parts, <c>22.04.5</c> → <c>22.04</c>; SUSE's
/// <c>15 SP5</c> becomes <c>15.5</c>). RHCOS up to OpenShift 4.18 encodes the OpenShift minor (<c>418.94.…</c> →
/// <c>4.18</c>); from 4.19 it carries the RHEL version (<c>9.6.20251119-0</c> → <c>9.6</c>).</remarks>
internal static partial class OsImageClassifier
{
    private static readonly (string Prefix, string Id, string[] IdLike)[] Prefixes =
    [
        ("Red Hat Enterprise Linux CoreOS", "rhcos", ["rhel", "fedora"]),
        ("Red Hat Enterprise Linux", "rhel", ["fedora"]),
        ("Rocky Linux", "rocky", ["rhel", "centos", "fedora"]),
        ("AlmaLinux", "almalinux", ["rhel", "centos", "fedora"]),
        ("CentOS Stream", "centos", ["rhel", "fedora"]),
        ("CentOS Linux", "centos", ["rhel", "fedora"]),
        ("CentOS", "centos", ["rhel", "fedora"]),
        ("Oracle Linux", "ol", ["fedora"]),
        ("Fedora CoreOS", "fedora", []),
        ("Fedora Linux", "fedora", []),
        ("Amazon Linux", "amzn", ["centos", "rhel", "fedora"]),
        ("Ubuntu", "ubuntu", ["debian"]),
        ("Debian GNU/Linux", "debian", []),
        ("SUSE Linux Enterprise Micro", "sle-micro", ["suse"]),
        ("SUSE Linux Enterprise Server", "sles", ["suse"]),
        ("openSUSE Leap Micro", "opensuse-leap-micro", ["suse", "opensuse"]),
        ("openSUSE Leap", "opensuse-leap", ["suse", "opensuse"]),
        ("Harvester", "sle-micro-rancher", ["suse"]),
        ("Flatcar Container Linux", "flatcar", []),
        ("Bottlerocket", "bottlerocket", []),
        ("Talos", "talos", []),
        ("Container-Optimized OS", "cos", []),
        ("Photon OS", "photon", []),
    ];

    public static OsRelease Classify(string osImage)
    {
        var pretty = osImage.Trim();
        foreach (var (prefix, id, idLike) in Prefixes)
        {
            if (pretty.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return new OsRelease(id, VersionOf(id, pretty[prefix.Length..]), pretty, [.. idLike]);
            }
        }

        return new OsRelease("unknown", null, pretty, ImmutableArray<string>.Empty);
    }

    /// <summary>The OpenShift minor encoded in an RHCOS (≤ 4.18) image name: <c>418.94.2025…</c> → <c>4.18</c>.</summary>
    public static string? OpenShiftMinorFromRhcos(string osImage)
    {
        var match = RhcosBuild().Match(osImage);
        return match.Success ? $"{match.Groups[1].Value}.{match.Groups[2].Value}" : null;
    }

    private static string? VersionOf(string id, string rest)
    {
        if (id == "sle-micro-rancher")
        {
            // "Harvester v1.4.1" names the Harvester release, not the SLE Micro VERSION_ID underneath.
            return null;
        }

        if (id == "rhcos")
        {
            var rhcos = RhcosBuild().Match(rest);
            if (rhcos.Success)
            {
                return $"{rhcos.Groups[1].Value}.{rhcos.Groups[2].Value}";
            }
        }

        var match = Number().Match(rest);
        if (!match.Success)
        {
            return null;
        }

        var parts = match.Value.Split('.');
        if (id is "sles" or "sle-micro" && parts.Length == 1 && ServicePack().Match(rest) is { Success: true } sp)
        {
            return $"{parts[0]}.{sp.Groups[1].Value}";
        }

        if (id is "ubuntu" or "rhcos" && parts.Length > 2)
        {
            return $"{parts[0]}.{parts[1]}";
        }

        return match.Value;
    }

    [GeneratedRegex(@"\b(4)(\d{2})\.\d{2}\.\d{12}-\d+", RegexOptions.CultureInvariant)]
    private static partial Regex RhcosBuild();

    [GeneratedRegex(@"\d+(?:\.\d+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"\bSP(\d+)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ServicePack();
}
