using Dashboard.Core.Parsing;

namespace Dashboard.Core.Parsing.Labels;

/// <summary>Simplified Chinese, from captures of zh-CN machines (some retyped from pop-ups).</summary>
internal static class ChineseSimplifiedLabels
{
    public static LabelTable Table { get; } = new()
    {
        Language = "zh-CN",
        Labels =
        [
            ("软件授权服务版本", LabelField.ServiceVersion),
            ("软件授权服务器版本", LabelField.ServiceVersion),
            ("名称", LabelField.Name),
            ("描述", LabelField.Description),
            ("激活 ID", LabelField.ActivationId),
            ("应用程序 ID", LabelField.ApplicationId),
            ("扩展 PID", LabelField.ExtendedPid),
            ("产品密钥通道", LabelField.ProductKeyChannel),
            ("安装 ID", LabelField.InstallationId),
            ("部分产品密钥", LabelField.PartialProductKey),
            ("许可证状态", LabelField.LicenseStatus),
            ("通知原因", LabelField.NotificationReason),
            ("剩余时间", LabelField.TimeRemaining),
            ("批量激活过期", LabelField.VolumeActivationExpiration),
            ("剩余 Windows 重置计数", LabelField.WindowsRearmCount),
            ("剩余 SKU 重置计数", LabelField.SkuRearmCount),
            ("信任时间", LabelField.TrustedTime),
            ("已配置的激活类型", LabelField.Ignored),
            ("客户端计算机 ID (CMID)", LabelField.Ignored),
            ("来自 DNS 的 KMS 计算机名称", LabelField.Ignored),
            ("KMS 计算机 IP 地址", LabelField.Ignored),
            ("KMS 计算扩展的 PID", LabelField.Ignored),
            ("KMS 计算机扩展的 PID", LabelField.Ignored),
            ("激活时间间隔", LabelField.Ignored),
            ("续订间隔", LabelField.Ignored),
        ],
        Statuses =
        [
            ("未授权", LicenseStatus.Unlicensed),
            ("已授权", LicenseStatus.Licensed),
            ("初始宽限", LicenseStatus.InitialGrace),
            ("通知", LicenseStatus.Notification),
        ],
        ErrorPrefixes = ["错误"],
        Messages =
        [
            ("成功地激活了产品", ReportEvent.ActivationSucceeded),
        ],
        ActivatingPrefixes = ["正在激活"],
        Indicators =
        [
            "版权所有",
            "保留所有权利",
            "最新激活信息",
            "密钥管理服务客户端信息",
            "已启用 KMS 主机缓存",
            "非核心版本",
            "软件授权服务报告",
        ],
    };
}
