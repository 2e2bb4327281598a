namespace Dashboard.Core.Parsing.Decoding;

/// <summary>A capture's text and the encoding it was read with.</summary>
/// <param name="Text">The decoded text, BOM removed.</param>
/// <param name="Encoding">
/// Lower-case encoding name, e.g. <c>utf-8</c>, <c>utf-16le</c>, <c>ibm866</c>, <c>gbk</c>.
/// </param>
/// <param name="Doubt">Why the choice may be wrong, or null when it is clear.</param>
public sealed record DecodedCapture(string Text, string Encoding, string? Doubt);
