using Dashboard.Core.Parsing;

namespace Dashboard.Core.Parsing.Labels;

/// <summary>
/// The words one display language uses in licensing output. Each language is one table of data; the
/// parser holds no language-specific text of its own.
/// </summary>
public sealed record LabelTable
{
    /// <summary>BCP-47 tag of the language, e.g. <c>en</c> or <c>zh-CN</c>.</summary>
    public required string Language { get; init; }

    /// <summary>Line labels (the text before the colon) and the field each one names.</summary>
    public IReadOnlyList<(string Label, LabelField Field)> Labels { get; init; } = [];

    /// <summary>License Status values; matched as prefixes, first match wins, so list negations first.</summary>
    public IReadOnlyList<(string Text, LicenseStatus Status)> Statuses { get; init; } = [];

    /// <summary>Words that introduce an error code, such as <c>Error</c>.</summary>
    public IReadOnlyList<string> ErrorPrefixes { get; init; } = [];

    /// <summary>
    /// Outcomes of other commands, matched as substrings; a <c>*</c> stands for any text between parts.
    /// </summary>
    public IReadOnlyList<(string Text, ReportEvent Event)> Messages { get; init; } = [];

    /// <summary>Single-line <c>/xpr</c> statements and the status each one means.</summary>
    public IReadOnlyList<(string Text, LicenseStatus Status, GraceKind Grace)> ExpiryMessages { get; init; } = [];

    /// <summary>Text of the <c>/ato</c> progress line before the product name, e.g. <c>Activating</c>.</summary>
    public IReadOnlyList<string> ActivatingPrefixes { get; init; } = [];

    /// <summary>Phrases that only this language prints (banners, error texts); they identify the language.</summary>
    public IReadOnlyList<string> Indicators { get; init; } = [];
}
