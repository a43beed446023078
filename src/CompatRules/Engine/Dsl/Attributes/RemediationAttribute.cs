namespace CompatRules.Dsl;

/// <summary>One remediation step; steps are listed by <see cref="Order"/>, the preferred first.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class RemediationAttribute : Attribute
{
    /// <summary>Declares a remediation step.</summary>
    /// <param name="order">The step's place, 1 for the preferred step.</param>
    /// <param name="text">The step, with the exact command or setting.</param>
    public RemediationAttribute(int order, string text)
    {
        Order = order;
        Text = text;
    }

    /// <summary>The step's place, 1 for the preferred step.</summary>
    public int Order { get; }

    /// <summary>The step.</summary>
    public string Text { get; }
}
