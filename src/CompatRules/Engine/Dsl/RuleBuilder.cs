using CompatRules.Engine.Model;
using CompatRules.Reports;

namespace CompatRules.Engine.Dsl;

/// <summary>Holds the two halves of a rule while its <c>Define()</c> runs.</summary>
internal sealed class RuleBuilder
{
    public RuleBuilder(RuleMetadata metadata)
    {
        Metadata = metadata;
        var aliases = new AliasTable();
        LeftHandSide = new LeftHandSide(aliases);
        RightHandSide = new RightHandSide(aliases);
    }

    public RuleMetadata Metadata { get; }

    public LeftHandSide LeftHandSide { get; }

    public RightHandSide RightHandSide { get; }

    public RuleDefinition Build()
    {
        if (LeftHandSide.Patterns.IsEmpty)
        {
            throw new CompatRules.Dsl.RuleDefinitionException(Metadata.RuleType ?? typeof(object), "When() declares no pattern.");
        }

        return new RuleDefinition(Metadata, LeftHandSide.Patterns, RightHandSide.Actions);
    }
}
