namespace Dashboard.Web.Data;

/// <summary>
/// One activation the dashboard saw a device spend: the capture where the device first shows activated
/// after not being activated (or after its first report). A device's second and later activations are
/// repeats: reimaging, a write filter left on or a hardware change each spend the allotment again.
/// </summary>
public sealed class KeyActivation
{
    public long Id { get; set; }

    public required string DeviceSerial { get; set; }

    public required string BatchId { get; set; }

    public string? Station { get; set; }

    /// <summary>The partial key of the key that was activated; null when the capture did not show it.</summary>
    public string? PartialProductKey { get; set; }

    /// <summary>Capture time (UTC) of the report that first shows this activation.</summary>
    public DateTime ActivatedAt { get; set; }

    public long ReportId { get; set; }

    /// <summary>True for the device's second and later activations.</summary>
    public bool IsRepeat { get; set; }
}
