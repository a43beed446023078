using System.Text;
using System.Text.RegularExpressions;

namespace CompatRules.Cli.Output;

/// <summary>Kubernetes' syntax for label keys, label values and object names (k8s.io/apimachinery validation), so that
/// nothing the NFD output writes can be rejected by the API server or read as a different label.</summary>
internal static partial class KubernetesNames
{
    /// <summary>The longest label value and the longest name part of a label key.</summary>
    public const int MaxLabelLength = 63;

    /// <summary>The longest DNS subdomain, such as an object's or a node's name.</summary>
    public const int MaxSubdomainLength = 253;

    /// <summary>True for a valid label value: empty, or at most 63 characters of alphanumerics, <c>-</c>, <c>_</c> and
    /// <c>.</c>, starting and ending with an alphanumeric.</summary>
    public static bool IsLabelValue(string value) => value.Length == 0 || (value.Length <= MaxLabelLength && LabelValuePattern().IsMatch(value));

    /// <summary>True for a valid DNS-1123 subdomain: lower-case alphanumerics, <c>-</c> and <c>.</c>, at most 253 characters.</summary>
    public static bool IsSubdomain(string value) => value.Length is > 0 and <= MaxSubdomainLength && SubdomainPattern().IsMatch(value);

    /// <summary>The name part of a label key made from a rule id: lower case, any other character than an
    /// alphanumeric, <c>-</c>, <c>_</c> or <c>.</c> replaced by <c>-</c>.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The name part, or null when the id cannot make one (empty after trimming, or longer than 63).</returns>
    public static string? LabelName(string ruleId)
    {
        var name = new StringBuilder(ruleId.Length);
        foreach (var c in ruleId.ToLowerInvariant())
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }

        var text = name.ToString().Trim('-', '_', '.');
        return IsLabelValue(text) && text.Length > 0 ? text : null;
    }

    // \z, not $: $ also matches before a final line feed, which would let "worker-1\n" through.
    [GeneratedRegex(@"^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?\z", RegexOptions.CultureInvariant)]
    private static partial Regex LabelValuePattern();

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex SubdomainPattern();
}
