namespace Dashboard.Web.Data;

/// <summary>One step in a phone case's history: who did what, when.</summary>
public sealed class PhoneCaseEvent
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public DateTime At { get; set; }

    public PhoneCaseEventKind Kind { get; set; }

    /// <summary>The operator's name; null for steps the dashboard took from a report.</summary>
    public string? Actor { get; set; }

    public string? Detail { get; set; }
}

public enum PhoneCaseEventKind
{
    Opened,
    Claimed,
    CallNote,
    ConfirmationAccepted,
    InstallationIdChanged,
    Closed,
    Released,
}
