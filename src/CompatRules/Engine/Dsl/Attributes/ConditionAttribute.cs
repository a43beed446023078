namespace CompatRules.Dsl;

/// <summary>An environment condition the issue needs, in words, such as <c>ENABLE_TPROXY=true on kube-ovn-cni</c>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ConditionAttribute : Attribute
{
    /// <summary>Declares a condition.</summary>
    /// <param name="text">The condition.</param>
    public ConditionAttribute(string text) => Text = text;

    /// <summary>The condition.</summary>
    public string Text { get; }
}
