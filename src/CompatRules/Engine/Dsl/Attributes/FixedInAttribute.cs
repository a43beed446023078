namespace CompatRules.Dsl;

/// <summary>The first version of a release line that has the fix.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class FixedInAttribute : Attribute
{
    /// <summary>Declares a fixed-in version.</summary>
    /// <param name="subject">The component name, <c>kernel</c>, or a distribution name.</param>
    /// <param name="version">The first fixed version of its line, such as <c>v1.13.13</c>.</param>
    public FixedInAttribute(string subject, string version)
    {
        Subject = subject;
        Version = version;
    }

    /// <summary>The component name, <c>kernel</c>, or a distribution name.</summary>
    public string Subject { get; }

    /// <summary>The first fixed version of its line.</summary>
    public string Version { get; }
}
