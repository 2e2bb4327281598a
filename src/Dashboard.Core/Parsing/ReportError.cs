namespace Dashboard.Core.Parsing;

/// <summary>An <c>Error: 0x…</c> line (or its localised or ospp.vbs equivalent).</summary>
/// <param name="Code"><c>0x</c> and eight upper-case hex digits.</param>
/// <param name="Message">The text after the code, as printed; may be empty.</param>
public sealed record ReportError(string Code, string Message);
