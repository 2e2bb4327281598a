using System.Reflection;

namespace Dashboard.Benchmarks;

/// <summary>What one benchmark operation processes, so a time per operation becomes a throughput.</summary>
/// <param name="Reports">Captures handled per operation.</param>
/// <param name="Bytes">Raw capture bytes handled per operation.</param>
public sealed record Workload(int Reports, long Bytes)
{
    /// <summary>
    /// The workload a benchmark class declares in a public static <c>Workload</c> property; null when none.
    /// </summary>
    /// <remarks>Read in the host process, which never runs the benchmark's own setup.</remarks>
    public static Workload? Of(Type benchmarkType) =>
        benchmarkType.GetProperty(nameof(Workload), BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            as Workload;
}
