using System.Collections.Concurrent;

namespace Dashboard.Web.Features.Live;

/// <summary>Counts renders of live components by type, so a test can check a burst stays cheap.</summary>
public sealed class LiveDiagnostics
{
    private readonly ConcurrentDictionary<string, int> _renders = new(StringComparer.Ordinal);

    /// <summary>Renders of components named <paramref name="componentName"/> since the app started.</summary>
    public int Renders(string componentName) => _renders.GetValueOrDefault(componentName);

    internal void CountRender(string componentName) =>
        _renders.AddOrUpdate(componentName, 1, (_, count) => count + 1);
}
