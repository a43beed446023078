using CompatRules.Reports;

namespace CompatRules.Dsl;

/// <summary>What a rule's action can do when the rule fires.</summary>
/// <remarks>A context belongs to one evaluation and one firing; do not keep it.</remarks>
public interface IContext
{
    /// <summary>The metadata of the rule that fired.</summary>
    RuleMetadata Rule { get; }

    /// <summary>Inserts a derived fact that other rules can match (forward chaining).</summary>
    /// <param name="fact">The fact; any non-null object.</param>
    void Insert(object fact);

    /// <summary>Adds a line to the finding, such as which evidence decided it.</summary>
    /// <param name="text">The note.</param>
    void Note(string text);
}
