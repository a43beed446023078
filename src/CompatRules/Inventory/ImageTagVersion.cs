using CompatRules.Versions;

namespace CompatRules.Inventory;

/// <summary>Turns an image tag into a component version, stripping the suffixes that are not part of the release
/// (inventory.md §6: a SemVer parser would rank <c>v3.28.2-0</c> below <c>v3.28.2</c>).</summary>
internal static class ImageTagVersion
{
    private static readonly string[] VariantSuffixes =
        ["-amd64-legacy", "-debug-x86", "-debug-arm", "-debug", "-x86", "-amd64", "-arm64", "-arm", "-ppc64le", "-s390x"];

    /// <summary>The version in <paramref name="tag"/>, or null when the tag is not one (<c>latest</c>, <c>devel</c>,
    /// <c>master</c>).</summary>
    public static SoftwareVersion? Read(string tag, TagPolicy policy)
    {
        if (policy == TagPolicy.WholeTag)
        {
            return SoftwareVersion.TryParse(tag, out var whole) ? whole : null;
        }

        var text = StripVariants(tag);
        if (policy == TagPolicy.Calico)
        {
            text = CutCalicoBuild(text);
        }
        else if (policy == TagPolicy.KubeProxy)
        {
            var rke2 = text.IndexOf("-rke2r", StringComparison.Ordinal);
            if (rke2 > 0)
            {
                text = text[..rke2];
            }
        }

        return SoftwareVersion.TryParse(text, out var version) ? version : null;
    }

    private static string StripVariants(string tag)
    {
        var text = tag;
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var suffix in VariantSuffixes)
            {
                if (text.Length > suffix.Length && text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    text = text[..^suffix.Length];
                    changed = true;
                    break;
                }
            }
        }

        return text;
    }

    /// <summary>Cuts <c>-build20240806</c> and an all-digit <c>-0</c>, keeping pre-releases such as <c>-0.dev-123</c>.</summary>
    private static string CutCalicoBuild(string text)
    {
        var build = text.IndexOf("-build", StringComparison.OrdinalIgnoreCase);
        if (build > 0)
        {
            text = text[..build];
        }

        var dash = text.LastIndexOf('-');
        return dash > 0 && dash < text.Length - 1 && text.AsSpan(dash + 1).IndexOfAnyExceptInRange('0', '9') < 0 ? text[..dash] : text;
    }
}
