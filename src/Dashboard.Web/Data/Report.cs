using Dashboard.Core.Parsing;
using Dashboard.Core.Triage;

namespace Dashboard.Web.Data;

/// <summary>One stored capture: the redacted text and what was read from it.</summary>
public sealed class Report
{
    public long Id { get; set; }

    public required string DeviceSerial { get; set; }

    public required string BatchId { get; set; }

    public string? Station { get; set; }

    /// <summary>When the station captured the output (UTC); the receive time when it did not say.</summary>
    public DateTime CapturedAt { get; set; }

    public DateTime ReceivedAt { get; set; }

    /// <summary>SHA-256 (hex) of the redacted text; the same device sending the same text is a duplicate.</summary>
    public required string ContentHash { get; set; }

    /// <summary>The uploaded file's name, when the report came as a file.</summary>
    public string? SourceName { get; set; }

    public required string Encoding { get; set; }

    public required string Language { get; set; }

    /// <summary>The decoded text with every full product key replaced.</summary>
    public required string RedactedText { get; set; }

    /// <summary>The parse result as JSON (the same shape the API and the command-line tool print).</summary>
    public required string ParsedJson { get; set; }

    public string? Edition { get; set; }

    public string? Channel { get; set; }

    public string? PartialProductKey { get; set; }

    public LicenseStatus LicenseStatus { get; set; } = LicenseStatus.Unknown;

    /// <summary>The error codes in the capture, comma-separated.</summary>
    public string? ErrorCodes { get; set; }

    public DeviceState State { get; set; } = DeviceState.Unknown;

    public string? StateReason { get; set; }

    /// <summary>What to do next about the state, in plain words.</summary>
    public string? StateAction { get; set; }

    public int RedactedKeys { get; set; }
}
