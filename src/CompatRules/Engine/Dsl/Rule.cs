using CompatRules.Engine.Dsl;
using CompatRules.Engine.Model;
using CompatRules.Reports;
using CompatRules.Versions;

namespace CompatRules.Dsl;

/// <summary>
/// A rule that encodes one known compatibility issue. Derive from it, declare metadata with attributes
/// (<see cref="RuleIdAttribute"/>, <see cref="TitleAttribute"/>, <see cref="SeverityAttribute"/>, ...), and write
/// <see cref="Define"/> with <see cref="When"/> and <see cref="Then"/>, as in NRules.
/// </summary>
/// <example>
/// <code>
/// [RuleId("ACME-VXLAN-OLD-KERNEL"), Title("ACME NIC drops VXLAN on kernels before 5.10"), Severity(Severity.High)]
/// public sealed class AcmeVxlanRule : Rule
/// {
///     protected override void Define()
///     {
///         KernelInfo kernel = null!;
///         When().Match(() =&gt; kernel, k =&gt; k.Version.Upstream &lt; new KernelVersion(5, 10));
///         Then().Do(ctx =&gt; ctx.Note($"kernel {kernel.Release} is below 5.10"));
///     }
/// }
/// </code>
/// </example>
/// <remarks>A rule instance is read once, when the engine is built; <see cref="Define"/> must only declare.</remarks>
public abstract class Rule
{
    private RuleBuilder? _builder;

    /// <summary>The metadata read from this rule's attributes.</summary>
    protected RuleMetadata Metadata => _builder?.Metadata ?? RuleMetadataReader.Read(GetType());

    /// <summary>Declares the rule's patterns and actions.</summary>
    protected abstract void Define();

    /// <summary>Starts or continues the rule's conditions.</summary>
    /// <returns>The left-hand side.</returns>
    /// <exception cref="InvalidOperationException">Called outside <see cref="Define"/>.</exception>
    protected ILeftHandSideExpression When() => Builder.LeftHandSide;

    /// <summary>Starts or continues the rule's actions.</summary>
    /// <returns>The right-hand side.</returns>
    /// <exception cref="InvalidOperationException">Called outside <see cref="Define"/>.</exception>
    protected IRightHandSideExpression Then() => Builder.RightHandSide;

    /// <summary>The versions of <paramref name="subject"/> this rule's <see cref="AffectsAttribute"/>s declare.</summary>
    /// <param name="subject">The component name, <c>kernel</c>, or a distribution name.</param>
    /// <returns>The union of the declared windows.</returns>
    /// <exception cref="InvalidOperationException">The rule declares no range for the subject.</exception>
    protected VersionRange AffectedVersions(string subject)
        => Metadata.Affected.FirstOrDefault(a => a.Subject == subject)?.Range
           ?? throw new InvalidOperationException($"Rule {Metadata.Id} declares no [Affects(\"{subject}\", ...)] range.");

    private RuleBuilder Builder => _builder ?? throw new InvalidOperationException("When() and Then() may only be called from Define().");

    internal RuleDefinition Build()
    {
        var metadata = RuleMetadataReader.Read(GetType());
        _builder = new RuleBuilder(metadata);
        try
        {
            Define();
            return _builder.Build();
        }
        catch (RuleDefinitionException)
        {
            throw;
        }
        catch (Exception e)
        {
            throw new RuleDefinitionException(GetType(), $"Define() failed: {e.Message}", e);
        }
        finally
        {
            _builder = null;
        }
    }
}
