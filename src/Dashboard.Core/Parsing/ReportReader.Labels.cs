using Dashboard.Core.Parsing.Labels;

namespace Dashboard.Core.Parsing;

internal sealed partial class ReportReader
{
    // Fields that appear once per product: seeing one again means the next product has begun, even
    // where a collector cut the Name line away.
    private static readonly HashSet<LabelField> s_oncePerProduct =
    [
        LabelField.Description, LabelField.ActivationId, LabelField.PartialProductKey, LabelField.LicenseStatus,
        LabelField.InstallationId, LabelField.ExtendedPid,
    ];

    private bool TryReadLabelledLine(int lineNumber, string text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        var label = text[..colon].Trim();
        var value = text[(colon + 1)..].Trim();
        var match = LabelCatalog.FindLabel(label);
        if (match is not null)
        {
            Evidence(match.Language);
            if (value.Length > 0)
            {
                ApplyField(lineNumber, match.Field, value, match.Language);
            }

            return true;
        }

        return TryReadProductHeading(label, value) || TryReadByShape(lineNumber, label, value);
    }

    private void ApplyField(int lineNumber, LabelField field, string value, string language)
    {
        switch (field)
        {
            case LabelField.Ignored or LabelField.ServiceVersion:
                return;
            case LabelField.ErrorDescription:
                DescribeLastError(value);
                return;
            case LabelField.Name when _current.HasSeenBesides(LabelField.ActivationId):
                // ospp.vbs prints the SKU ID before the name, so that line belongs to this product.
                FinishProduct();
                break;
            case LabelField.WindowsRearmCount when language == "de" && _current.HasSeen(LabelField.WindowsRearmCount):
                // German prints one label for both rearm counts; the second line is the SKU's.
                field = LabelField.SkuRearmCount;
                break;
            case var repeated when s_oncePerProduct.Contains(repeated) && _current.HasSeen(repeated):
                FinishProduct();
                break;
        }

        var problem = _current.Apply(field, value);
        if (problem is not null)
        {
            _warnings.Add($"Line {lineNumber}: {problem}.");
        }
        if (field == LabelField.LicenseStatus && value.Length > 0 && !StatusReader.IsKnown(value))
        {
            _warnings.Add($"Line {lineNumber}: license status \"{value}\" is not one the parser knows.");
        }
    }

    private void DescribeLastError(string description)
    {
        if (_errors.Count > 0 && _errors[^1].Message.Length == 0)
        {
            _errors[^1] = _errors[^1] with { Message = description };
        }
    }

    // "/xpr" heads its message with the product name and a colon: "Windows(R), Professional edition:".
    private bool TryReadProductHeading(string label, string value)
    {
        if (value.Length > 0 || !label.EndsWith(" edition", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        FinishProduct();
        _current.Apply(LabelField.Name, label);

        return true;
    }

    // Labels in a language without a table still carry values that are never translated; their
    // shape says which field they are.
    private bool TryReadByShape(int lineNumber, string label, string value)
    {
        var field = FieldByShape(value);
        if (field is null)
        {
            _unreadLines.Add($"line {lineNumber} (\"{(label.Length <= 40 ? label : label[..40] + "…")}\")");

            return false;
        }

        _shapeReadLines++;
        ApplyField(lineNumber, field.Value, value, language: "unknown");

        return true;
    }

    private LabelField? FieldByShape(string value)
    {
        if (ValueReaders.Guid(value) is { } guid)
        {
            return ValueReaders.IsApplicationId(guid) ? LabelField.ApplicationId : LabelField.ActivationId;
        }

        return value switch
        {
            _ when value.EndsWith(" edition", StringComparison.OrdinalIgnoreCase) => LabelField.Name,
            _ when ValueReaders.MentionsKnownChannel(value) => LabelField.Description,
            _ when ValueReaders.ExtendedPid(value) is not null => LabelField.ExtendedPid,
            _ when ValueReaders.IsKnownProductKeyChannel(value) => LabelField.ProductKeyChannel,
            _ when ValueReaders.InstallationId(value) is { Length: >= 45 } => LabelField.InstallationId,
            _ when LinePatterns.Code().IsMatch(value) && value.Length <= 40 => LabelField.NotificationReason,
            _ when !_current.HasSeen(LabelField.PartialProductKey) && ValueReaders.PartialProductKey(value) is not null
                && value.Any(char.IsAsciiDigit) => LabelField.PartialProductKey,
            _ => null,
        };
    }
}
