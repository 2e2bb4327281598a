namespace Dashboard.Web.Features.WallDisplay;

/// <summary>Ages in words a passer-by reads at a glance.</summary>
public static class WallAge
{
    public static string Describe(TimeSpan age) => age switch
    {
        { TotalSeconds: < 10 } => "just now",
        { TotalMinutes: < 1 } => $"{(int)age.TotalSeconds} s ago",
        { TotalHours: < 1 } => $"{(int)age.TotalMinutes} min ago",
        { TotalDays: < 2 } => $"{(int)age.TotalHours} h ago",
        _ => $"{(int)age.TotalDays} days ago",
    };

    public static string Span(TimeSpan age) => age switch
    {
        { TotalHours: < 1 } => $"{Math.Max(1, (int)age.TotalMinutes)} min",
        { TotalDays: < 2 } => $"{(int)age.TotalHours} h",
        _ => $"{(int)age.TotalDays} days",
    };
}
