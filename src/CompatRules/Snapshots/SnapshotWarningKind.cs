namespace CompatRules.Snapshots;

/// <summary>What a <see cref="SnapshotWarning"/> is about.</summary>
public enum SnapshotWarningKind
{
    /// <summary>A property this reader does not know; its value was ignored.</summary>
    UnknownProperty = 0,

    /// <summary>A fact whose <c>kind</c> this reader does not know, probably written by a newer version; the fact was skipped.</summary>
    UnknownFactKind,
}
