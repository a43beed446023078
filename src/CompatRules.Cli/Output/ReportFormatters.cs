namespace CompatRules.Cli.Output;

/// <summary>The output formats by name.</summary>
public static class ReportFormatters
{
    /// <summary>The format names accepted by <c>--format</c>, the default first.</summary>
    public static IReadOnlyList<string> Names { get; } = ["table", "json", "sarif", "junit", "nfd", "prometheus"];

    /// <summary>Creates the formatter for <paramref name="name"/>.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <param name="color">For the table: use ANSI colours.</param>
    /// <returns>The formatter.</returns>
    /// <exception cref="ArgumentException">The name is not a format.</exception>
    public static IReportFormatter Create(string name, bool color = false) => Create(name, new OutputContext { Color = color });

    /// <summary>Creates the formatter for <paramref name="name"/> for one run.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <param name="context">The run: colour, time, input file.</param>
    /// <returns>The formatter.</returns>
    /// <exception cref="ArgumentException">The name is not a format.</exception>
    public static IReportFormatter Create(string name, OutputContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return CreateFor(name, context);
    }

    private static IReportFormatter CreateFor(string name, OutputContext context) => name switch
    {
        "table" => new TableFormatter(context.Color),
        "json" => new JsonFormatter(),
        "sarif" => new SarifFormatter(context.InputFile),
        "junit" => new JunitFormatter(),
        "nfd" => new NfdFormatter(context.Now),
        "prometheus" => new PrometheusFormatter(),
        _ => throw new ArgumentException($"Unknown format '{name}'; use one of {string.Join(", ", Names)}.", nameof(name)),
    };
}
