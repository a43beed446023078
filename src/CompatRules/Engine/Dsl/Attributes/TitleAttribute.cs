namespace CompatRules.Dsl;

/// <summary>The rule's one-line title, such as <c>kube-ovn-cni crashes: IP_TRANSPARENT not supported on MPTCP listener</c>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class TitleAttribute : Attribute
{
    /// <summary>Declares the title.</summary>
    /// <param name="title">The title.</param>
    public TitleAttribute(string title) => Title = title;

    /// <summary>The title.</summary>
    public string Title { get; }
}
