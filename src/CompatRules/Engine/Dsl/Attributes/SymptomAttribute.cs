namespace CompatRules.Dsl;

/// <summary>What a user sees when the issue hits, with the log line where there is one.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class SymptomAttribute : Attribute
{
    /// <summary>Declares the symptom.</summary>
    /// <param name="text">The symptom.</param>
    public SymptomAttribute(string text) => Text = text;

    /// <summary>The symptom.</summary>
    public string Text { get; }
}
