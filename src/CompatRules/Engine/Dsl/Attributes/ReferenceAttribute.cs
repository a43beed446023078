namespace CompatRules.Dsl;

/// <summary>An upstream reference: an issue, pull request or release note, as a canonical URL.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ReferenceAttribute : Attribute
{
    /// <summary>Declares a reference.</summary>
    /// <param name="url">The absolute URL, such as <c>https://github.com/kubeovn/kube-ovn/issues/5393</c>.</param>
    public ReferenceAttribute(string url) => Url = url;

    /// <summary>The URL.</summary>
    public string Url { get; }
}
