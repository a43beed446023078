namespace CompatRules.Dsl;

/// <summary>A free-form tag for filtering rules, such as <c>iptables</c> or <c>mptcp</c>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class TagAttribute : Attribute
{
    /// <summary>Declares a tag.</summary>
    /// <param name="value">The tag.</param>
    public TagAttribute(string value) => Value = value;

    /// <summary>The tag.</summary>
    public string Value { get; }
}
