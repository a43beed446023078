namespace CompatRules.Dsl;

/// <summary>What the issue is and why it happens, in a paragraph; say here what an upstream source corrected.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class DescriptionAttribute : Attribute
{
    /// <summary>Declares the description.</summary>
    /// <param name="text">The description.</param>
    public DescriptionAttribute(string text) => Text = text;

    /// <summary>The description.</summary>
    public string Text { get; }
}
