using CompatRules.Facts;

namespace CompatRules.Inventory;

/// <summary>Where the components and settings read from a pod spec go: one node, or the whole cluster.</summary>
internal interface IComponentSink
{
    void Add(ComponentVersion component);

    void Add(ComponentSetting setting);

    /// <summary>Notes that a container image comes from the k0s project (a distribution marker).</summary>
    void SawK0sImage();
}
