namespace Dashboard.Web.Data;

/// <summary>An ePKEA product key the factory activates with, known only by its last five characters.</summary>
public sealed class EpkeaKey
{
    public int Id { get; set; }

    /// <summary>A name people recognise, e.g. "IoT Ent LTSC 2024 – line 2".</summary>
    public required string Label { get; set; }

    /// <summary>The key's last five characters, upper case; the full key is never stored.</summary>
    public required string PartialProductKey { get; set; }

    /// <summary>How many activations Microsoft granted with the key.</summary>
    public int Allotment { get; set; }

    /// <summary>When the key and its allotment were received.</summary>
    public DateOnly? ReceivedOn { get; set; }

    /// <summary>Days it takes to get a new key once requested; null means the configured default.</summary>
    public int? LeadTimeDays { get; set; }

    public string? Notes { get; set; }

    public DateTime CreatedAt { get; set; }
}
