using System.Reflection;
using System.Runtime.Loader;

namespace CompatRules.Cli.Tests;

/// <summary>What <c>compatrules check</c> loads: run in an assembly load context of its own (so that other tests'
/// assemblies do not count), over a host root that has no kube-proxy config and no RPM database, it loads neither
/// KubernetesClient.Aot (only <c>cluster --kubeconfig</c> needs it) nor YamlDotNet nor Microsoft.Data.Sqlite (only a
/// node with those files needs them): start-up does not pay for them.</summary>
public class StartupLoadTest
{
    [Fact]
    public void Check_OnANodeWithoutThoseFiles_LoadsNoKubernetesClientYamlOrSqlite()
    {
        var hostRoot = Directory.CreateTempSubdirectory("compatrules-host-");
        try
        {
            Directory.CreateDirectory(Path.Combine(hostRoot.FullName, "proc"));
            Directory.CreateDirectory(Path.Combine(hostRoot.FullName, "etc"));
            var cli = Path.Combine(AppContext.BaseDirectory, "CompatRules.Cli.dll");
            var context = new IsolatedContext(cli);
            var run = context.LoadFromAssemblyPath(cli).GetType("CompatRules.Cli.Program")!
                .GetMethod("Run", [typeof(string[]), typeof(TextWriter), typeof(TextWriter)])!;
            var stdout = new StringWriter();

            var code = (int)run.Invoke(null, [new[] { "check", "--host-root", hostRoot.FullName }, stdout, new StringWriter()])!;

            Assert.InRange(code, 0, 1);
            Assert.NotEmpty(stdout.ToString());
            var loaded = context.Assemblies.Select(a => a.GetName().Name).ToList();
            Assert.Contains("CompatRules", loaded);
            Assert.Contains("NRules", loaded);
            // Named by a type of each, so a package that changes its assembly name (KubernetesClient became
            // KubernetesClient.Aot) cannot make this pass by no longer matching.
            Assert.DoesNotContain(typeof(k8s.Kubernetes).Assembly.GetName().Name, loaded);
            Assert.DoesNotContain(typeof(YamlDotNet.Core.Parser).Assembly.GetName().Name, loaded);
            Assert.DoesNotContain(typeof(Microsoft.Data.Sqlite.SqliteConnection).Assembly.GetName().Name, loaded);
        }
        finally
        {
            hostRoot.Delete(recursive: true);
        }
    }

    /// <summary>Loads the tool and its dependencies from the build output into a context of its own; the framework
    /// comes from the default context.</summary>
    private sealed class IsolatedContext(string mainAssembly) : AssemblyLoadContext("compatrules-startup", isCollectible: true)
    {
        private readonly AssemblyDependencyResolver _resolver = new(mainAssembly);

        protected override Assembly? Load(AssemblyName assemblyName)
            => _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }
}
