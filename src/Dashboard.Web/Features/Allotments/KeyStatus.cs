using MudBlazor;

namespace Dashboard.Web.Features.Allotments;

public enum KeyStatus
{
    Healthy,
    OrderSoon,
    OrderNow,
    Exhausted,
}

/// <summary>How each key status reads: colour, icon and word together, never colour alone.</summary>
public static class KeyStatusStyle
{
    public static KeyStatus Decide(int remaining, DateOnly? orderBy, DateOnly today, int orderSoonDays)
    {
        if (remaining <= 0)
        {
            return KeyStatus.Exhausted;
        }

        if (orderBy is not { } date)
        {
            return KeyStatus.Healthy;
        }

        return date <= today ? KeyStatus.OrderNow
            : date <= today.AddDays(orderSoonDays) ? KeyStatus.OrderSoon
            : KeyStatus.Healthy;
    }

    public static string Label(KeyStatus status) => status switch
    {
        KeyStatus.OrderSoon => "Order soon",
        KeyStatus.OrderNow => "Order now",
        KeyStatus.Exhausted => "Exhausted",
        _ => "Healthy",
    };

    public static string Icon(KeyStatus status) => status switch
    {
        KeyStatus.OrderSoon => Icons.Material.Filled.Schedule,
        KeyStatus.OrderNow => Icons.Material.Filled.ShoppingCart,
        KeyStatus.Exhausted => Icons.Material.Filled.Block,
        _ => Icons.Material.Filled.CheckCircle,
    };

    public static Color Color(KeyStatus status) => status switch
    {
        KeyStatus.OrderSoon => MudBlazor.Color.Warning,
        KeyStatus.OrderNow => MudBlazor.Color.Error,
        KeyStatus.Exhausted => MudBlazor.Color.Error,
        _ => MudBlazor.Color.Success,
    };

    public static string Slug(KeyStatus status) => status.ToString().ToLowerInvariant();
}
