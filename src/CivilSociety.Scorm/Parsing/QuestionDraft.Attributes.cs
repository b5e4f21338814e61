using System.Text.RegularExpressions;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Questions;

using SourceSpan = CivilSociety.Scorm.Diagnostics.SourceSpan;

namespace CivilSociety.Scorm.Parsing;

/// <summary>A question's heading attributes: whose they are, and where each stands in the heading.</summary>
internal sealed partial class QuestionDraft
{
    /// <summary>
    /// The type attributes of the heading that belong to this question's type; another type's (maxlength= on a
    /// single-choice question) is reported where it stands and left out. Known only once the whole heading is read.
    /// </summary>
    private List<KeyValuePair<string, string>> OwnAttributes(DiagnosticBag diagnostics)
    {
        var own = new List<KeyValuePair<string, string>>();
        foreach (var attribute in _typeAttributes)
        {
            if (_type.Attributes.Contains(attribute.Key, StringComparer.Ordinal))
            {
                own.Add(attribute);
                continue;
            }

            var takes = _type.Attributes.Count > 0
                ? string.Join(", ", _type.Attributes.Select(a => a + "=")) + " besides outcomes=, type= and weight="
                : "only outcomes=, type= and weight=";
            var owners = QuestionTypeRegistry.All.Where(t => t.Attributes.Contains(attribute.Key, StringComparer.Ordinal)).Select(t => "type=" + t.Name);
            diagnostics.ReportWithHelp(DiagnosticCatalog.AttributeOfAnotherType, LocationOf(attribute.Key),
                $"type={_type.Name} takes {takes}; {attribute.Key}= is for {string.Join(" and ", owners)}: remove it, or change the type",
                attribute.Key, _type.Name);
        }

        return own;
    }

    /// <summary>
    /// Where key= stands in the heading's {...} group (the key after a space or the brace, then =); the heading itself
    /// when it cannot be found. A scan, not a regex: it is asked for valid values too (level=, allow=, answer=).
    /// </summary>
    private SourceSpan LocationOf(string key)
    {
        var heading = _headingSource;
        for (var at = heading.LastIndexOf('{'); at >= 0 && (at = heading.IndexOf(key, at, StringComparison.Ordinal)) >= 0; at += key.Length)
        {
            var after = at + key.Length;
            while (after < heading.Length && char.IsWhiteSpace(heading[after]))
            {
                after++;
            }

            if ((char.IsWhiteSpace(heading[at - 1]) || heading[at - 1] == '{') && after < heading.Length && heading[after] == '=')
            {
                return Location with { Column = at + 1 };
            }
        }

        return Location;
    }

    private static string PromptOf(string headingSource) =>
        HeadingAttributes.StripFrom(HeadingMarks().Replace(headingSource.Trim(), "")).Trim();

    [GeneratedRegex(@"^\s*\[[ xX]\]\s?")]
    private static partial Regex TaskMark();

    /// <summary>A word first in the heading's {...} that is no key=value: an id written without its #.</summary>
    [GeneratedRegex(@"\{\s*([A-Za-z][\w.-]*)(?=[\s}])(?!\s*=)")]
    private static partial Regex IdWithoutHash();

    [GeneratedRegex(@"^#{1,6}\s*")]
    private static partial Regex HeadingMarks();
}
