using System.Text.RegularExpressions;

namespace CompatRules.Cli.Tests.Properties;

/// <summary>Kubernetes' label syntax as k8s.io/apimachinery validates it (IsQualifiedName, IsValidLabelValue,
/// IsDNS1123Subdomain), written from its documentation for the tests, independent of the formatter's own check.</summary>
internal static partial class LabelSyntax
{
    /// <summary>A label key: an optional DNS subdomain prefix (at most 253 characters) and <c>/</c>, then a name of at
    /// most 63 alphanumerics, <c>-</c>, <c>_</c> and <c>.</c>, starting and ending with an alphanumeric.</summary>
    public static bool IsKey(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var name = slash < 0 ? key : key[(slash + 1)..];
        return (slash < 0 || IsSubdomain(key[..slash])) && name.Length is > 0 and <= 63 && Name().IsMatch(name);
    }

    /// <summary>A label value: empty, or a name as in <see cref="IsKey"/>.</summary>
    public static bool IsValue(string value) => value.Length == 0 || (value.Length <= 63 && Name().IsMatch(value));

    /// <summary>A DNS-1123 subdomain, such as an object's name.</summary>
    public static bool IsSubdomain(string value) => value.Length is > 0 and <= 253 && Subdomain().IsMatch(value);

    [GeneratedRegex(@"^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?\z")]
    private static partial Regex Name();

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\z")]
    private static partial Regex Subdomain();
}
