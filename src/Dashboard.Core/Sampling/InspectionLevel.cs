namespace Dashboard.Core.Sampling;

/// <summary>The general inspection levels of ISO 2859-1; level II is the default the standard names.</summary>
public enum InspectionLevel
{
    I,
    II,
    III,
}
