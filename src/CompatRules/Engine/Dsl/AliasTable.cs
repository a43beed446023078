using System.Linq.Expressions;
using System.Reflection;

namespace CompatRules.Engine.Dsl;

/// <summary>The variables a rule has bound so far: each closure field captured by <c>() =&gt; x</c> and its tuple slot.</summary>
internal sealed class AliasTable
{
    private readonly Dictionary<(object Closure, MemberInfo Member), Alias> _aliases = [];

    public IEnumerable<Alias> All => _aliases.Values;

    public bool TryGet(object closure, MemberInfo member, out Alias alias) => _aliases.TryGetValue((closure, member), out alias!);

    public Alias Add(LambdaExpression aliasExpression, Type type, int slot)
    {
        if (aliasExpression.Body is not MemberExpression { Expression: ConstantExpression { Value: { } closure }, Member: FieldInfo field })
        {
            throw new ArgumentException($"The alias '{aliasExpression}' must name a local variable, as () => kernel.");
        }

        var alias = new Alias(field.Name, type, slot);
        if (!_aliases.TryAdd((closure, field), alias))
        {
            throw new ArgumentException($"The variable '{field.Name}' is bound twice.");
        }

        return alias;
    }

    /// <summary>A bound variable.</summary>
    public sealed record Alias(string Name, Type Type, int Slot);
}
