using System.Globalization;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Questions;

/// <summary>Typed reads of {key=value} attributes, each bad value reported where it was written.</summary>
internal static class AttributeValues
{
    public static int? Integer(string key, string value, int min, int max, SourceSpan location, DiagnosticBag diagnostics)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        // pass=80%, weight=٢: the number the author meant, in the digits 0-9 and without its sign.
        var meant = Suggestions.InWesternDigits(value) ?? new string([.. value.TakeWhile(c => c != '.' && c != ',').Where(char.IsAsciiDigit)]);
        if (int.TryParse(meant, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) && digits >= min && digits <= max && meant != value)
        {
            diagnostics.ReportWithHelp(DiagnosticCatalog.InvalidAttributeValue, location, $"write the number alone, in the digits 0-9: {key}={meant}", key, value, $"a whole number from {min} to {max}");
            return null;
        }

        diagnostics.Report(DiagnosticCatalog.InvalidAttributeValue, location, key, value, $"a whole number from {min} to {max}");
        return null;
    }

    public static bool? Boolean(string key, string value, SourceSpan location, DiagnosticBag diagnostics)
    {
        switch (value)
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                diagnostics.Report(DiagnosticCatalog.InvalidAttributeValue, location, key, value, "true or false");
                return null;
        }
    }

    public static string? OneOf(string key, string value, string[] allowed, SourceSpan location, DiagnosticBag diagnostics)
    {
        if (allowed.Contains(value, StringComparer.Ordinal))
        {
            return value;
        }

        var values = "one of " + string.Join(", ", allowed);
        if (Suggestions.DidYouMean(value, allowed) is { } meant)
        {
            diagnostics.ReportWithHelp(DiagnosticCatalog.InvalidAttributeValue, location, $"{meant} ({key} takes {values})", key, value, values);
        }
        else
        {
            diagnostics.Report(DiagnosticCatalog.InvalidAttributeValue, location, key, value, values);
        }

        return null;
    }

    public static decimal? Decimal(string text) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    public static void ReportUnknown(string key, string[] known, string owner, SourceSpan location, DiagnosticBag diagnostics)
    {
        var suggestion = Suggestions.Closest(key, known);
        diagnostics.ReportWithHelp(DiagnosticCatalog.UnknownKey, location,
            suggestion is null ? $"{owner} takes {string.Join(", ", known)}" : $"did you mean '{suggestion}'?", key);
    }
}
