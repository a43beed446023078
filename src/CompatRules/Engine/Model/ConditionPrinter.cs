using System.Linq.Expressions;
using System.Reflection;
using CompatRules.Dsl;

namespace CompatRules.Engine.Model;

/// <summary>
/// Prints a condition from NRules' rule model as written: bound facts by their variable names, captured locals
/// and fields by their names, other captured values by their text, and the DSL's marker calls as what they test
/// (<c>forward.Key == "sysctl:net.ipv4.ip_forward"</c>, <c>cluster.Key == "cluster" AndAlso known(cluster.KubernetesVersion)</c>), never as <c>value(...DisplayClass...)</c>.
/// </summary>
internal sealed class ConditionPrinter : ExpressionVisitor
{
    // The marker calls print as tests of these properties (by PropertyInfo, which the trimmer sees, not by name).
    private static readonly PropertyInfo FactKeyProperty = typeof(Facts.Fact).GetProperty(nameof(Facts.Fact.Key))!;
    private static readonly PropertyInfo ComponentNameProperty = typeof(Facts.ComponentVersion).GetProperty(nameof(Facts.ComponentVersion.Component))!;
    private static readonly PropertyInfo ComponentVersionProperty = typeof(Facts.ComponentVersion).GetProperty(nameof(Facts.ComponentVersion.Version))!;

    private static readonly ConditionPrinter Instance = new();

    public static string Print(LambdaExpression condition) => Instance.Visit(condition.Body).ToString();

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Expression is ConstantExpression or null && node.Member is FieldInfo or PropertyInfo && !IsStatic(node.Member))
        {
            // A captured local or a field of the rule: show its name.
            return Expression.Parameter(node.Type, node.Member.Name);
        }

        return base.VisitMember(node);
    }

    protected override Expression VisitParameter(ParameterExpression node)
        => node.Name is null || node.Name.StartsWith('$')
            // NRules names the fact of a pattern without a variable (Not, Exists, Match without alias) "$this$".
            ? Expression.Parameter(node.Type, char.ToLowerInvariant(node.Type.Name[0]) + node.Type.Name[1..])
            : node;

    protected override Expression VisitConstant(ConstantExpression node)
        => node.Value is null || node.Type.IsPrimitive || node.Type.IsEnum || node.Value is string or decimal
            ? node
            : Expression.Parameter(node.Type, node.Value.ToString() ?? node.Type.Name);

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Method == FactMarkers.KeyedMethod && node.Arguments[1] is ConstantExpression { Value: string key })
        {
            var fact = Visit(node.Arguments[0]);
            return Expression.Equal(Expression.Property(fact, FactKeyProperty), Expression.Constant(key));
        }

        if (node.Method == FactMarkers.KnownMethod && node.Arguments[1] is ConstantExpression { Value: string knownKey }
            && node.Arguments[3] is ConstantExpression { Value: string field })
        {
            // known(cluster.KubernetesVersion): not null, or not needed outside a KnownWhen scope.
            var fact = Visit(node.Arguments[0]);
            return Expression.AndAlso(
                Expression.Equal(Expression.Property(fact, FactKeyProperty), Expression.Constant(knownKey)),
                Expression.Parameter(typeof(bool), $"known({fact}.{field})"));
        }

        if (node.Method == FactMarkers.ComponentMethod && node.Arguments[1] is ConstantExpression { Value: string component })
        {
            var fact = Visit(node.Arguments[0]);
            return Expression.AndAlso(
                Expression.Equal(Expression.Property(fact, ComponentNameProperty), Expression.Constant(component)),
                Expression.NotEqual(Expression.Property(fact, ComponentVersionProperty), Expression.Constant(null)));
        }

        return base.VisitMethodCall(node);
    }

    private static bool IsStatic(MemberInfo member) => member switch
    {
        FieldInfo field => field.IsStatic,
        PropertyInfo property => property.GetMethod?.IsStatic == true,
        _ => false,
    };
}
