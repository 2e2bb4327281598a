namespace Dashboard.Core.Parsing;

/// <summary>One logical line of a capture, after wrapped pieces were joined.</summary>
/// <param name="Number">The 1-based number of the physical line it starts on.</param>
/// <param name="Text">
/// Normalised text: compatibility forms folded (full-width colons become ASCII), ends trimmed.
/// </param>
internal sealed record CaptureLine(int Number, string Text);
