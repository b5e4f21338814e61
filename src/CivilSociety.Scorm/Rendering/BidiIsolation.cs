using System.Text.RegularExpressions;
using AngleSharp.Dom;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// Isolates runs of the other direction inside a text, so that the Unicode bidi algorithm cannot reorder them with
/// the punctuation and numbers around them: in right-to-left text, Latin (or any left-to-right) terms, URLs and
/// numbers with spaces or dashes inside (<c>10–20</c>, <c>+41 22 917</c>) go into <c>&lt;span dir="ltr"&gt;</c>;
/// in left-to-right text, Arabic or Hebrew runs go into <c>&lt;span dir="rtl"&gt;</c>. An element with its own
/// <c>dir</c> sets the direction for what it holds; code, form options and existing isolates are left alone.
/// </summary>
internal static partial class BidiIsolation
{
    /// <summary>Elements whose text is never split: code keeps its own direction, options cannot hold elements.</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "template", "code", "pre", "kbd", "samp", "var", "bdi", "bdo", "textarea", "select",
        "option", "optgroup", "svg", "math", "title",
    };

    public static void Apply(IElement root, TextDirection direction) => Walk(root, direction);

    private static void Walk(IElement element, TextDirection direction)
    {
        // Sibling by sibling, the next taken first: isolating a text replaces it with its pieces, in place.
        for (var child = element.FirstChild; child is not null;)
        {
            var next = child.NextSibling;
            switch (child)
            {
                case IElement inner:
                    Visit(inner, direction);
                    break;
                case IText text:
                    Isolate(text, direction);
                    break;
            }

            child = next;
        }
    }

    /// <summary>An element as <see cref="Apply"/> reaches it from its parent, walked with <paramref name="direction"/>: its own dir and tag count.</summary>
    private static void Visit(IElement element, TextDirection direction)
    {
        if (Skipped.Contains(element.LocalName) || element.GetAttribute("dir") is "auto")
        {
            return;
        }

        Walk(element, DirectionOf(element, direction));
    }

    private static TextDirection DirectionOf(IElement element, TextDirection inherited) => element.GetAttribute("dir") switch
    {
        "rtl" => TextDirection.RightToLeft,
        "ltr" => TextDirection.LeftToRight,
        _ => inherited,
    };

    /// <summary>
    /// Isolates the runs in <paramref name="element"/>, a descendant of <paramref name="root"/>, as
    /// <c>Apply(root, direction)</c> would: the same direction, from the elements between (nothing when one of them is
    /// skipped). For a part of the page finished before the rest.
    /// </summary>
    public static void ApplyWithin(IElement root, TextDirection direction, IElement element)
    {
        var between = new List<IElement>();
        for (var parent = element.ParentElement; parent is not null && parent != root; parent = parent.ParentElement)
        {
            between.Add(parent);
        }

        for (var i = between.Count - 1; i >= 0; i--)
        {
            if (Skipped.Contains(between[i].LocalName) || between[i].GetAttribute("dir") is "auto")
            {
                return;
            }

            direction = DirectionOf(between[i], direction);
        }

        Visit(element, direction);
    }

    private static void Isolate(IText text, TextDirection direction)
    {
        var value = text.Data;
        if (!MayHoldRun(value, direction))
        {
            return;
        }

        var regex = direction == TextDirection.RightToLeft ? LeftToRightRun() : RightToLeftRun();
        var match = regex.Match(value);
        if (!match.Success)
        {
            return;
        }

        var document = text.Owner!;
        var parent = text.Parent!;
        var at = 0;
        for (; match.Success; match = match.NextMatch())
        {
            if (match.Index > at)
            {
                parent.InsertBefore(document.CreateTextNode(value[at..match.Index]), text);
            }

            var span = document.CreateElement("span");
            span.SetAttribute("dir", direction == TextDirection.RightToLeft ? "ltr" : "rtl");
            span.TextContent = match.Value;
            parent.InsertBefore(span, text);
            at = match.Index + match.Length;
        }

        if (at < value.Length)
        {
            parent.InsertBefore(document.CreateTextNode(value[at..]), text);
        }

        parent.RemoveChild(text);
    }

    /// <summary>
    /// Whether the text holds what a run of the other direction starts with: in right-to-left text, a digit or a
    /// letter of a left-to-right script (a URL starts with one too); in left-to-right text, a right-to-left letter.
    /// Most texts hold none: a scan of their characters spares them the regex (whose class of left-to-right letters
    /// is checked character by character).
    /// </summary>
    private static bool MayHoldRun(string text, TextDirection direction)
    {
        foreach (var c in text)
        {
            var rtl = IsRightToLeft(c);
            if (direction == TextDirection.RightToLeft ? !rtl && (char.IsAsciiDigit(c) || char.IsLetter(c)) : rtl)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The blocks of <see cref="Rtl"/>: Hebrew, Arabic, Syriac, Thaana, NKo, and the Arabic presentation forms.</summary>
    private static bool IsRightToLeft(char c) => c is (>= '\u0590' and <= '\u074F') or (>= '\u0780' and <= '\u07FF') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');

    /// <summary>The right-to-left scripts, as a character class body.</summary>
    private const string Rtl = @"\p{IsArabic}\p{IsHebrew}\p{IsSyriac}\p{IsThaana}\p{IsArabicPresentationForms-A}\p{IsArabicPresentationForms-B}\u07C0-\u07FF";

    /// <summary>What may sit between two words of a term or an address.</summary>
    private const string Joiners = @" \u00A0.,:/_&+@#%='’\-\u2010-\u2013";

    // A URL; or a run that starts with a left-to-right letter and ends with one or a digit (words, digits, spaces
    // and the punctuation of terms and addresses between); or digits grouped with spaces or dashes, which the bidi
    // algorithm would otherwise show in reverse order in a right-to-left line.
    [GeneratedRegex(
        @"(?:https?://|www\.)[^\s<>""«»]*[^\s<>""«».,;:!?)\]]" +
        @"|[\p{L}-[" + Rtl + @"]](?:[\p{L}\p{M}\p{Nd}" + Joiners + @"-[" + Rtl + @"]]*[\p{L}\p{M}\p{Nd}-[" + Rtl + @"]])?" +
        @"|\+?[0-9]+(?=[0-9./:]*[ \u00A0\u2009\u202F\-\u2010-\u2013]+[0-9])(?:[ \u00A0\u2009\u202F/.:\-\u2010-\u2013]+[0-9]+)+")]
    private static partial Regex LeftToRightRun();

    // A run of right-to-left letters, with the marks, digits, spaces and punctuation between them.
    [GeneratedRegex(@"[" + Rtl + @"](?:[" + Rtl + @"\p{M}\p{Nd}" + Joiners + @"]*[" + Rtl + @"])?")]
    private static partial Regex RightToLeftRun();
}
