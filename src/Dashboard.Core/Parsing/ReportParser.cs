namespace Dashboard.Core.Parsing;

/// <summary>Reads captures of <c>slmgr</c> output in any language, encoding and state of damage.</summary>
public static class ReportParser
{
    /// <summary>Decodes and parses raw bytes. Never throws; what it cannot read it reports as warnings.</summary>
    public static ParsedReport Parse(ReadOnlySpan<byte> content) =>
        throw new NotImplementedException("The parser is being written.");

    /// <summary>Parses text that is already decoded.</summary>
    public static ParsedReport Parse(string text) =>
        throw new NotImplementedException("The parser is being written.");
}
