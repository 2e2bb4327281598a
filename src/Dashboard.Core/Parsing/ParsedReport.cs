using System.Text.Json.Serialization;

namespace Dashboard.Core.Parsing;

/// <summary>Everything read from one capture of licensing command output.</summary>
public sealed record ParsedReport
{
    /// <summary>The encoding the bytes were decoded with, e.g. <c>utf-8</c>, <c>utf-16le</c>, <c>ibm866</c>.</summary>
    public required string Encoding { get; init; }

    /// <summary>The output's language as BCP-47 (<c>en</c>, <c>zh-CN</c>), or <c>unknown</c>.</summary>
    public required string Language { get; init; }

    /// <summary>The primary Windows product, which decides the device's state; null when none was read.</summary>
    public ProductBlock? Product { get; init; }

    public IReadOnlyList<ProductBlock> Products { get; init; } = [];

    public IReadOnlyList<ReportError> Errors { get; init; } = [];

    /// <summary>How many full product keys were replaced in the text.</summary>
    public int RedactedKeys { get; init; }

    /// <summary>What the parser could not read, in plain words.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Outcomes of other commands found in the capture, in order.</summary>
    [JsonIgnore]
    public IReadOnlyList<ReportEvent> Events { get; init; } = [];

    /// <summary>False when the bytes are not text at all (binary data) under any encoding tried.</summary>
    [JsonIgnore]
    public bool IsText { get; init; } = true;

    /// <summary>The decoded text with every full product key replaced; safe to store and show.</summary>
    [JsonIgnore]
    public string RedactedText { get; init; } = "";
}
