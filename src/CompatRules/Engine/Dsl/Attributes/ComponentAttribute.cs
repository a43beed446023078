namespace CompatRules.Dsl;

/// <summary>The component the rule is about (one of <see cref="Facts.ComponentNames"/> or your own), used to filter rules.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ComponentAttribute : Attribute
{
    /// <summary>Declares the component.</summary>
    /// <param name="name">The normalised component name.</param>
    public ComponentAttribute(string name) => Name = name;

    /// <summary>The component name.</summary>
    public string Name { get; }
}
