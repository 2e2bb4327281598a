using System.Globalization;
using System.Text.RegularExpressions;

namespace Dashboard.Core.Parsing;

/// <summary>Reads single values the way slmgr prints them, rejecting masks and damage.</summary>
internal static partial class ValueReaders
{
    private const string WindowsApplicationId = "55c92734-d682-4d71-983e-d6ec3f16059f";

    private static readonly string[] s_knownEditions =
    [
        "Professional", "ProfessionalN", "ProfessionalWorkstation", "ProfessionalEducation", "Core", "CoreN",
        "CoreSingleLanguage", "Education", "Enterprise", "EnterpriseN", "EnterpriseS", "EnterpriseSN",
        "EnterpriseG", "IoTEnterprise", "IoTEnterpriseS", "IoTEnterpriseSK", "ServerStandard",
        "ServerStandardEval", "ServerDatacenter", "ServerDatacenterEval", "ServerEnterprise",
        "ServerWeb", "ServerSolution", "Ultimate", "HomePremium", "HomeBasic", "Starter",
    ];

    private static readonly string[] s_knownChannels =
    [
        "RETAIL", "OEM_DM", "OEM_SLP", "OEM_NONSLP", "OEM_COA_SLP", "OEM_COA_NSLP", "OEM_COA", "VOLUME_MAK",
        "VOLUME_KMS", "VOLUME_KMSCLIENT", "VOLUME_KMS_C", "VOLUME_KMS_B", "VOLUME_KMS_A", "VOLUME_CSVLK",
        "TIMEBASED_EVAL", "TIMEBASED_SUB", "VIRTUAL_MACHINE_ACTIVATION", "OEM_EVAL",
    ];

    private static readonly string[] s_keyChannels =
    [
        "Retail", "OEM:DM", "OEM:NONSLP", "OEM:SLP", "OEM:COA", "Volume:GVLK", "Volume:MAK", "Volume:CSVLK",
    ];

    /// <summary>True for a value a poster replaced by stars, X's or at-signs.</summary>
    public static bool IsMasked(string value)
    {
        var letters = value.Where(c => c is not ('-' or '.' or ' ')).ToArray();

        return letters.Length > 0
            && (letters.All(c => c is '*' or '@' or '#')
                || letters.Distinct().Count() == 1 && letters.Length >= 4);
    }

    /// <summary><c>0x</c> and eight upper-case hex digits, from anywhere in the value.</summary>
    public static string? Code(string value)
    {
        var match = LinePatterns.Code().Match(value);

        return match.Success ? FormatCode(match.Groups[1].Value) : null;
    }

    public static string FormatCode(string hexDigits) => "0x" + hexDigits.ToUpperInvariant();

    public static string? Guid(string value) => LinePatterns.Guid().IsMatch(value) ? value.Trim('{', '}') : null;

    public static bool IsApplicationId(string guid) =>
        guid.Equals(WindowsApplicationId, StringComparison.OrdinalIgnoreCase)
        || guid.StartsWith("0ff1ce1", StringComparison.OrdinalIgnoreCase);

    public static string? ExtendedPid(string value) => LinePatterns.ExtendedPid().IsMatch(value) ? value : null;

    public static string? InstallationId(string value)
    {
        var digits = value.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

        return digits.Length > 0 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    public static string? PartialProductKey(string value)
    {
        var key = value.Trim();

        return key.Length == 5 && key.All(char.IsAsciiLetterOrDigit) && !IsMasked(key) ? key.ToUpperInvariant() : null;
    }

    public static string? ProductKeyChannel(string value) =>
        s_keyChannels.FirstOrDefault(known => known.Equals(value.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? (IsMasked(value) || value.Length == 0 ? null : value.Trim());

    public static bool IsKnownProductKeyChannel(string value) =>
        s_keyChannels.Any(known => known.Equals(value.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Minutes from "N minute(s) (D day(s))" in any language; the minutes, never the rounded days.</summary>
    public static int? Minutes(string value)
    {
        var minutes = LinePatterns.Minutes().Match(value);

        return minutes.Success ? ParseInt(minutes.Groups[1].Value) : Integer(value);
    }

    public static int? Integer(string value)
    {
        var match = LinePatterns.Integer().Match(value);

        return match.Success ? ParseInt(match.Value) : null;
    }

    /// <summary>The edition ID from a product name such as <c>Windows(R), IoTEnterpriseS edition</c>.</summary>
    public static string? Edition(string name)
    {
        var comma = name.IndexOf(',');
        var rest = (comma >= 0 ? name[(comma + 1)..] : name).Trim();
        var edition = EditionSuffix().Replace(rest, "").Trim();
        if (edition.Length == 0 || edition == name)
        {
            return null;
        }

        // Retyped captures change the case ("Enterprises" for "EnterpriseS"); edition IDs are identifiers.
        return s_knownEditions.FirstOrDefault(known => known.Equals(edition, StringComparison.OrdinalIgnoreCase))
            ?? edition;
    }

    /// <summary>The channel from a description such as <c>Windows(R) Operating System, OEM_DM channel</c>.</summary>
    public static string? Channel(string description)
    {
        var match = ChannelWord().Match(description);
        var candidate = match.Success ? match.Groups[1].Value : LastCapitalToken(description);
        if (candidate is null)
        {
            return null;
        }

        var canonical = candidate.ToUpperInvariant().Replace('-', '_');

        return s_knownChannels.Contains(canonical) || canonical.StartsWith("VOLUME_KMS", StringComparison.Ordinal)
            ? canonical
            : candidate;
    }

    public static bool MentionsKnownChannel(string value) =>
        ChannelWord().IsMatch(value)
        || LastCapitalToken(value) is { } token && s_knownChannels.Contains(token.Replace('-', '_'));

    private static string? LastCapitalToken(string text) =>
        CapitalToken().Matches(text).LastOrDefault()?.Value;

    private static int? ParseInt(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex(@"\s*edition\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EditionSuffix();

    [GeneratedRegex(@"([A-Za-z0-9_\-]+)\s+channel\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChannelWord();

    [GeneratedRegex(@"\b[A-Z][A-Z0-9]*(?:[_\-][A-Z0-9]+)+\b", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalToken();
}
