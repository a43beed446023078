using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.RuleModel;

namespace CompatRules.Engine.Model;

/// <summary>
/// Reads what the outcome layer needs from NRules' canonical rule model: the top-level patterns (Match, Not, Exists),
/// their fact types and conditions, the facts each positive pattern requires (a <see cref="FactMarkers"/> call names a
/// key, and for a component or a <c>Known</c> field the value it needs; otherwise the fact type's key), and the fact types the actions insert.
/// </summary>
internal static class RuleModelReader
{
    private static readonly HashSet<MethodInfo> InsertMethods =
    [
        typeof(IContext).GetMethod(nameof(IContext.Insert))!,
        typeof(IContext).GetMethod(nameof(IContext.TryInsert))!,
        typeof(IContext).GetMethod(nameof(IContext.InsertLinked))!,
    ];

    public static RuleModel Read(int index, IRuleDefinition definition, RuleMetadata metadata)
    {
        var patterns = ImmutableArray.CreateBuilder<PatternModel>();
        var declarations = new List<(string Name, int Pattern)>();
        foreach (var element in definition.LeftHandSide.ChildElements)
        {
            var (kind, pattern) = element switch
            {
                PatternElement { Source: null } p => (PatternKind.Match, p),
                NotElement { Source: PatternElement { Source: null } p } => (PatternKind.Not, p),
                ExistsElement { Source: PatternElement { Source: null } p } => (PatternKind.Exists, p),
                _ => (PatternKind.Match, (PatternElement?)null),
            };
            if (pattern is null)
            {
                // Or, ForAll, aggregates, Let: NRules matches them; the outcome layer reads their effect from firings only.
                continue;
            }

            var slot = patterns.Count;
            var conditions = pattern.Expressions.Select(e => Condition(e, pattern.Declaration.Name, slot, declarations)).ToImmutableArray();
            var aliased = kind == PatternKind.Match && !pattern.Declaration.Name.StartsWith('$');
            var name = kind switch
            {
                PatternKind.Not => "not " + pattern.ValueType.Name,
                PatternKind.Exists => "exists " + pattern.ValueType.Name,
                _ => aliased ? pattern.Declaration.Name : pattern.ValueType.Name,
            };
            var requirements = kind == PatternKind.Match ? Requirements(pattern.ValueType, conditions) : [];
            patterns.Add(new PatternModel(slot, kind, pattern.ValueType, name, requirements, conditions));
            if (kind == PatternKind.Match)
            {
                declarations.Add((pattern.Declaration.Name, slot));
            }
        }

        return new RuleModel(index, definition, metadata, patterns.ToImmutable(), YieldedTypes(definition));
    }

    private static ConditionModel Condition(NamedExpressionElement element, string own, int slot, List<(string Name, int Pattern)> earlier)
    {
        var read = ImmutableArray.CreateBuilder<int>(element.Expression.Parameters.Count);
        foreach (var parameter in element.Expression.Parameters)
        {
            var found = parameter.Name == own ? slot : earlier.FindLast(d => d.Name == parameter.Name) is { Name: not null } d ? d.Pattern : -1;
            read.Add(found);
        }

        return new ConditionModel(element, read.MoveToImmutable());
    }

    private static ImmutableArray<FactRequirement> Requirements(Type factType, ImmutableArray<ConditionModel> conditions)
    {
        foreach (var condition in conditions)
        {
            if (condition.Element.Expression.Body is not MethodCallExpression call || call.Arguments.Count < 2 || call.Arguments[1] is not ConstantExpression { Value: string key })
            {
                continue;
            }

            if (call.Method == FactMarkers.ComponentMethod)
            {
                var componentKey = ComponentVersion.KeyFor(key);
                return
                [
                    new(componentKey, RequirementRole.Applicability, f => f is ComponentVersion c && c.Component == key),
                    new(componentKey + " (version)", RequirementRole.Known, f => f is ComponentVersion c && FactMarkers.Component(c, key)),
                ];
            }

            if (call.Method == FactMarkers.KnownMethod && call.Arguments[2] is ConstantExpression { Value: Func<object, bool> keySelects }
                && call.Arguments[3] is ConstantExpression { Value: string field } && call.Arguments[4] is ConstantExpression { Value: Func<object, bool> known })
            {
                return
                [
                    new(key, RequirementRole.Required, keySelects),
                    new($"{key} ({Words(field)})", RequirementRole.Known, f => keySelects(f) && known(f)),
                ];
            }

            if (call.Method == FactMarkers.KeyedMethod && call.Arguments[2] is ConstantExpression { Value: Func<object, bool> selects })
            {
                // The selector was made for this pattern's type (KeySelector.For) and checks the type itself.
                return [new(key, RequirementRole.Required, selects)];
            }
        }

        return [TypeRequirement(factType)];
    }

    /// <summary>A property name as words: <c>KubernetesVersion</c> is <c>kubernetes version</c>.</summary>
    private static string Words(string property)
    {
        var words = new StringBuilder(property.Length + 4);
        for (var i = 0; i < property.Length; i++)
        {
            if (i > 0 && char.IsUpper(property[i]))
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(property[i]));
        }

        return words.ToString();
    }

    /// <summary>A pattern over a type needs some fact of that type; the key named is the type's <c>FactKey</c>, or its
    /// <c>KeyPrefix</c> followed by <c>*</c>, or else the type name.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "FactKey and KeyPrefix are public constants of fact types, which live in "
        + "this assembly; a trimmed host keeps them by rooting it (the compatrules tool does: TrimmerRootAssembly), and NativeToolTest checks the tool's "
        + "reports equal the untrimmed ones.")]
    private static FactRequirement TypeRequirement(Type type)
    {
        var key = type.GetField("FactKey", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string
                  ?? (type.GetField("KeyPrefix", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() is string prefix ? prefix + "*" : type.Name);
        return new FactRequirement(key, RequirementRole.Required, type.IsInstanceOfType);
    }

    private static ImmutableArray<Type> YieldedTypes(IRuleDefinition definition)
    {
        var finder = new InsertFinder();
        foreach (var action in definition.RightHandSide.Actions)
        {
            finder.Visit(action.Expression);
        }

        return [.. finder.Types];
    }

    /// <summary>Finds the static types of facts an action inserts through <see cref="IContext"/>.</summary>
    private sealed class InsertFinder : ExpressionVisitor
    {
        public List<Type> Types { get; } = [];

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (InsertMethods.Contains(node.Method))
            {
                var fact = node.Arguments[^1];
                while (fact is UnaryExpression { NodeType: ExpressionType.Convert } convert)
                {
                    fact = convert.Operand;
                }

                if (fact.Type != typeof(object) && !Types.Contains(fact.Type))
                {
                    Types.Add(fact.Type);
                }
            }

            return base.VisitMethodCall(node);
        }
    }
}
