using System.Text.RegularExpressions;

namespace Dashboard.Core.Parsing;

/// <summary>The shapes of lines and values that do not depend on the output's language.</summary>
internal static partial class LinePatterns
{
    /// <summary>A shell prompt, a script-host banner or a pop-up title: lines around the output, not in it.</summary>
    public static bool IsStructural(string line) =>
        Prompt().IsMatch(line) || Banner().IsMatch(line) || OsppRuler().IsMatch(line);

    /// <summary>Removes a chat client's "[12:44, 18/3/2026] Name: " prefix from a pasted line.</summary>
    public static string WithoutChatPrefix(string line)
    {
        var match = ChatPrefix().Match(line);

        return match.Success ? line[match.Length..] : line;
    }

    [GeneratedRegex(@"^(?:PS\s+)?[A-Za-z]:\\[^>]*>|^\[[A-Za-z]:\\[^\]]*\]\s*\$|^PS>", RegexOptions.CultureInvariant)]
    private static partial Regex Prompt();

    [GeneratedRegex(
        @"^(?:Microsoft \(R\) Windows Script Host|Windows Script Host$|Copyright \(C\) Microsoft"
            + @"|版权所有\s*\(C\)|[A-Za-z ]*\(C\) Microsoft Corporation)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Banner();

    [GeneratedRegex(
        @"^-{3}[A-Za-z]*-{5,}$|^-{10,}$|^\*{10,}$|^Windows PowerShell transcript (?:start|end)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex OsppRuler();

    [GeneratedRegex(@"^\[\d{1,2}:\d{2}(?::\d{2})?,?[^\]]{0,30}\]\s*[^:]{1,40}:\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ChatPrefix();

    /// <summary>An activation error or status code: <c>0x</c> and eight hex digits.</summary>
    [GeneratedRegex(@"0[xX]([0-9A-Fa-f]{8})(?![0-9A-Fa-f])", RegexOptions.CultureInvariant)]
    public static partial Regex Code();

    [GeneratedRegex(
        @"^\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}?$",
        RegexOptions.CultureInvariant)]
    public static partial Regex Guid();

    [GeneratedRegex(@"^\d{5}-\d{5}-\d{3}-\d{6}-\d{2}-\d{4,5}-\d+\.\d+-\d{7}$", RegexOptions.CultureInvariant)]
    public static partial Regex ExtendedPid();

    /// <summary>The slui hint inside generic error texts repeats the code; it is not another error.</summary>
    [GeneratedRegex(
        @"slui(?:\.exe|\s+exe)?\s+0x2a\s+0x[0-9A-Fa-f]{8}",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex SluiHint();

    /// <summary>A number followed by a word for minutes, in the languages seen.</summary>
    [GeneratedRegex(
        @"(\d+)\s*(?:minute|minuto|minuten|分钟|分|мин)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Minutes();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    public static partial Regex Integer();
}
