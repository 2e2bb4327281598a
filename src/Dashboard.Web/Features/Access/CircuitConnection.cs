namespace Dashboard.Web.Features.Access;

/// <summary>
/// Whether the browser behind this page is connected right now. A page whose tab was left without a goodbye
/// (a laptop closed, a network lost) keeps its circuit on the server for minutes; what it would send the
/// browser then has no one to reach, so it waits for <see cref="Restored"/>.
/// </summary>
/// <remarks>A page being prerendered has no circuit and counts as connected: it answers its own request.</remarks>
internal sealed class CircuitConnection
{
    public bool IsUp { get; private set; } = true;

    /// <summary>Raised when a dropped browser connects to this page again.</summary>
    public event Action? Restored;

    public void Down() => IsUp = false;

    public void Up()
    {
        var wasDown = !IsUp;
        IsUp = true;
        if (wasDown)
        {
            Restored?.Invoke();
        }
    }
}
