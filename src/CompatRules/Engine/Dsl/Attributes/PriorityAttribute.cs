namespace CompatRules.Dsl;

/// <summary>The rule's priority: higher runs first when rules chain through derived facts (default 0).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class PriorityAttribute : Attribute
{
    /// <summary>Declares the priority.</summary>
    /// <param name="value">The priority; higher runs first.</param>
    public PriorityAttribute(int value) => Value = value;

    /// <summary>The priority.</summary>
    public int Value { get; }
}
