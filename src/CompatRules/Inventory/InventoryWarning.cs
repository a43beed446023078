namespace CompatRules.Inventory;

/// <summary>Something in the inventory that was skipped or could not be read fully; everything else was still read.</summary>
/// <param name="JsonPath">Where in the document, such as <c>$.items[17]</c> or <c>$.items[4].spec.containers[0].env[2]</c>.</param>
/// <param name="LineNumber">The one-based line of that place, or null when it could not be found.</param>
/// <param name="Message">What was skipped and why.</param>
public sealed record InventoryWarning(string JsonPath, long? LineNumber, string Message)
{
    /// <summary>The warning as one line, such as <c>line 12, $.items[17]: the item has no kind; skipped</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{(LineNumber is { } line ? $"line {line}, " : string.Empty)}{JsonPath}: {Message}";
}
