namespace CompatRules.Dsl;

/// <summary>A window of affected versions of one subject (a component, <c>kernel</c>, or a distribution such as <c>openshift</c>), in interval notation.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class AffectsAttribute : Attribute
{
    /// <summary>Declares an affected range.</summary>
    /// <param name="subject">The component name, <c>kernel</c>, or a distribution name.</param>
    /// <param name="range">The range in interval notation, such as <c>[1.13.0,1.13.13)</c>.</param>
    public AffectsAttribute(string subject, string range)
    {
        Subject = subject;
        Range = range;
    }

    /// <summary>The component name, <c>kernel</c>, or a distribution name.</summary>
    public string Subject { get; }

    /// <summary>The range in interval notation.</summary>
    public string Range { get; }
}
