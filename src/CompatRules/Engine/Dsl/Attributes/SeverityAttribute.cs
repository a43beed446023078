namespace CompatRules.Dsl;

/// <summary>How bad the issue is when it applies; see <see cref="Reports.Severity"/> for the policy.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class SeverityAttribute : Attribute
{
    /// <summary>Declares the severity.</summary>
    /// <param name="severity">The severity.</param>
    public SeverityAttribute(Reports.Severity severity) => Severity = severity;

    /// <summary>The severity.</summary>
    public Reports.Severity Severity { get; }
}
