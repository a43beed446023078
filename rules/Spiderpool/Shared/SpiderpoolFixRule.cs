using CompatRules.Dsl;
using CompatRules.Facts;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Spiderpool;

/// <summary>
/// A Spiderpool bug that a release fixed: the rule fires when the Spiderpool version lies in the rule's
/// <see cref="AffectsAttribute"/> windows (one per release line, <c>[v0.X.0, v0.X.Y)</c> up to the line's first fixed
/// release). Derive from it and declare only the metadata.
/// </summary>
/// <remarks>Only the version is visible to a collector; the conditions in words say which feature must be in use.</remarks>
public abstract class SpiderpoolFixRule : Rule
{
    /// <inheritdoc />
    public sealed override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.Spiderpool);
        var fixedIn = string.Join(", ", this.DeclaredMetadata().FixedIn.Select(f => f.Version));
        ComponentVersion spiderpool = null!;

        When().Component(() => spiderpool, ComponentNames.Spiderpool, c => affected.Contains(c.Version!));
        Then().Do(ctx => ctx.Note("Spiderpool " + spiderpool.Version!.Original + " predates the fix; first fixed releases: " + fixedIn + "."));
    }
}
