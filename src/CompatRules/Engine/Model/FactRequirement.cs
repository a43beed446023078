namespace CompatRules.Engine.Model;

/// <summary>A fact a pattern needs before its conditions can say anything.</summary>
/// <param name="Key">The fact key named in reports when no fact answers, such as <c>sysctl:net.ipv4.ip_forward</c>.</param>
/// <param name="Role">What the absence means.</param>
/// <param name="Selects">True for a fact that answers the requirement.</param>
internal sealed record FactRequirement(string Key, RequirementRole Role, Func<object, bool> Selects);
