using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;
using CompatRules.Dsl;
using NRules.Fluent.Dsl;

namespace CompatRules.Benchmarks.Scaling;

/// <summary>
/// Makes N distinct rules for the scaling benchmarks. Rule ids come from attributes on the rule's type, so each
/// variant is its own type: a subclass of <see cref="GeneratedRuleTemplate"/> emitted at run time with
/// <c>[RuleId("GEN-0001")]</c>. No engine hook is needed.
/// </summary>
public static class GeneratedRules
{
    private static readonly ConcurrentDictionary<Type, int> Variants = new();
    private static readonly List<Type> Types = [];
    private static readonly Lazy<ModuleBuilder> Module = new(() =>
        AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("CompatRules.Benchmarks.GeneratedRules"), AssemblyBuilderAccess.Run)
            .DefineDynamicModule("GeneratedRules"));

    /// <summary>The variant number of a generated rule type.</summary>
    /// <param name="type">The emitted type.</param>
    /// <returns>Its number, from 0.</returns>
    public static int VariantOf(Type type) => Variants[type];

    /// <summary>The first <paramref name="count"/> generated rules, as new instances.</summary>
    /// <param name="count">How many.</param>
    /// <returns>The rules.</returns>
    public static IEnumerable<Rule> Create(int count)
    {
        lock (Types)
        {
            while (Types.Count < count)
            {
                Types.Add(Emit(Types.Count));
            }

            return Types.Take(count).Select(t => (Rule)Activator.CreateInstance(t)!).ToList();
        }
    }

    /// <summary>An engine with <paramref name="count"/> generated rules.</summary>
    /// <param name="count">How many rules.</param>
    /// <returns>The engine.</returns>
    public static RuleEngine BuildEngine(int count) => AddTo(CompatEngine.CreateBuilder(), count).Build();

    /// <summary>Adds <paramref name="count"/> generated rules to <paramref name="builder"/>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="count">How many rules.</param>
    /// <returns>The builder.</returns>
    public static CompatEngineBuilder AddTo(CompatEngineBuilder builder, int count)
    {
        foreach (var rule in Create(count))
        {
            builder.AddRule(rule);
        }

        return builder;
    }

    private static Type Emit(int variant)
    {
        var type = Module.Value.DefineType($"Generated.GeneratedRule{variant:D4}", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class, typeof(GeneratedRuleTemplate));
        type.SetCustomAttribute(new CustomAttributeBuilder(typeof(RuleIdAttribute).GetConstructor([typeof(string)])!, [$"GEN-{variant:D4}"]));
        type.DefineDefaultConstructor(MethodAttributes.Public);
        var created = type.CreateType();
        Variants[created] = variant;
        return created;
    }
}
