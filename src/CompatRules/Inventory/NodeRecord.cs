using CompatRules.Facts;

namespace CompatRules.Inventory;

/// <summary>Everything gathered for one node while the items are read.</summary>
internal sealed class NodeRecord
{
    private readonly HashSet<(string Component, string? Version)> _components = [];
    private readonly HashSet<(string Component, string Name, string Value)> _settings = [];

    public NodeRecord(string name, string jsonPath)
    {
        Name = name;
        JsonPath = jsonPath;
    }

    public string Name { get; }

    public string JsonPath { get; }

    public string? KubeletVersion { get; set; }

    public string? OsImage { get; set; }

    public string? ContainerRuntimeVersion { get; set; }

    public string? OpenShiftOsIdLabel { get; set; }

    public bool HasK0sRoleLabel { get; set; }

    /// <summary>True when a pod on this node runs a <c>k0sproject/</c> image.</summary>
    public bool RunsK0sImages { get; set; }

    /// <summary>Kernel, OS and the statuses of what the node object could not tell.</summary>
    public List<Fact> NodeFacts { get; } = [];

    public List<ComponentVersion> Components { get; } = [];

    public List<ComponentSetting> Settings { get; } = [];

    public bool HasComponentVersion(string component, string? version) => _components.Contains((component, version));

    /// <summary>Adds a component unless the same component with the same version text is already there.</summary>
    public void Add(ComponentVersion component)
    {
        if (_components.Add((component.Component, component.Version?.Original)))
        {
            Components.Add(component);
        }
    }

    /// <summary>Adds a setting unless the same name already has the same value.</summary>
    public void Add(ComponentSetting setting)
    {
        if (_settings.Add((setting.Component, setting.Name, setting.Value)))
        {
            Settings.Add(setting);
        }
    }
}
