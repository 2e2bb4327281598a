using Dashboard.Core.Parsing;

namespace Dashboard.Core.Parsing.Labels;

/// <summary>Japanese, from lines quoted in articles; unverified on a device.</summary>
internal static class JapaneseLabels
{
    public static LabelTable Table { get; } = new()
    {
        Language = "ja",
        Labels =
        [
            ("残りのWindows猶予期限リセット可能回数", LabelField.WindowsRearmCount),
        ],
        ExpiryMessages =
        [
            ("コンピューターのライセンス認証は完了しました", LicenseStatus.Licensed, GraceKind.None),
            ("このマシンは永久にライセンス認証されています", LicenseStatus.Licensed, GraceKind.None),
            ("Windowsは通知モードです", LicenseStatus.Notification, GraceKind.None),
        ],
    };
}
