namespace CompatRules.Dsl;

/// <summary>Marks a rule that only derives facts for other rules: it has no outcome of its own in reports.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class DerivationAttribute : Attribute
{
    /// <summary>Marks the rule as a derivation rule.</summary>
    public DerivationAttribute()
    {
    }
}
