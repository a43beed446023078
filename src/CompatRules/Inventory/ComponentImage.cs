namespace CompatRules.Inventory;

/// <summary>A known component image: which component it belongs to and how its tag reads as a version.</summary>
/// <param name="Component">The normalised component name from <see cref="Facts.ComponentNames"/>.</param>
/// <param name="Policy">How the tag becomes a version.</param>
internal sealed record ComponentImage(string Component, TagPolicy Policy);
