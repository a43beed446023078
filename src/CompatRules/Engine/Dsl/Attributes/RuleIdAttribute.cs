namespace CompatRules.Dsl;

/// <summary>The rule's stable id, such as <c>KOVN-TPROXY-MPTCP</c>; reports and <c>--skip</c> use it. Without it the id is the class's full name.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class RuleIdAttribute : Attribute
{
    /// <summary>Declares the id.</summary>
    /// <param name="id">The id: upper-case letters, digits and hyphens by convention.</param>
    public RuleIdAttribute(string id) => Id = id;

    /// <summary>The id.</summary>
    public string Id { get; }
}
