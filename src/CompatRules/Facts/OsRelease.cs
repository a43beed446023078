using System.Collections.Immutable;

namespace CompatRules.Facts;

/// <summary>The operating system, as <c>/etc/os-release</c> describes it.</summary>
/// <param name="Id">The lower-case <c>ID</c>, such as <c>ubuntu</c>, <c>rocky</c> or <c>rhcos</c>.</param>
/// <param name="VersionId">The <c>VERSION_ID</c>, such as <c>22.04</c> or <c>9.5</c>, or null.</param>
/// <param name="PrettyName">The <c>PRETTY_NAME</c>, such as <c>Ubuntu 22.04.4 LTS</c>, or null.</param>
/// <param name="IdLike">The <c>ID_LIKE</c> words, such as <c>rhel centos fedora</c>; empty when absent.</param>
public sealed record OsRelease(string Id, string? VersionId, string? PrettyName, ImmutableArray<string> IdLike) : Fact
{
    /// <summary>The key of the OS release fact.</summary>
    public const string FactKey = "os-release";

    /// <inheritdoc />
    public override string Key => FactKey;

    /// <inheritdoc />
    public override string Describe() => $"os {Id}{(VersionId is null ? string.Empty : " " + VersionId)}";

    /// <summary>True when the OS is <paramref name="id"/> or declares itself like it in <c>ID_LIKE</c>.</summary>
    /// <param name="id">An os-release id such as <c>rhel</c> or <c>debian</c>.</param>
    /// <returns>Whether the OS is, or is like, that id.</returns>
    public bool IsLike(string id)
        => string.Equals(Id, id, StringComparison.OrdinalIgnoreCase)
           || (!IdLike.IsDefault && IdLike.Contains(id, StringComparer.OrdinalIgnoreCase));
}
