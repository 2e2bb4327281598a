using MudBlazor;

namespace Dashboard.Web.Components.Layout;

/// <summary>One calm palette for desks and wall displays; state colours come from the palette too.</summary>
public static class DashboardTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1d4f91",
            Secondary = "#6a4c93",
            Tertiary = "#00838f",
            Info = "#1976d2",
            Success = "#2e7d32",
            Warning = "#b26a00",
            Error = "#c62828",
            AppbarBackground = "#1d4f91",
            Background = "#f5f7fa",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#7aa7e0",
            Secondary = "#b39ddb",
            Tertiary = "#4dd0e1",
            Success = "#66bb6a",
            Warning = "#ffb74d",
            Error = "#ef5350",

            // "Not enabled" uses the dark colour; the default dark palette draws it almost black on black.
            Dark = "#a7b0c0",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"],
            },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px" },
    };
}
