namespace Dashboard.Web.Features.WallDisplay;

public static class WallExtensions
{
    /// <summary>Registers the wall display's options (section <c>Wall</c>) and queries.</summary>
    public static void AddWallDisplay(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WallOptions>()
            .BindConfiguration(WallOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<WallQueries>();
    }
}
