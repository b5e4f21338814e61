using System.Text;
using CivilSociety.Scorm.Markup;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CivilSociety.Scorm.Model;

/// <summary>
/// The course's one glossary: the ### terms of its <c>::: glossary</c> block, wherever it stands (the section
/// that holds it is the glossary page in the table of contents). A term is marked in any text by a link
/// <c>[words](glossary:term)</c>, or <c>[term](glossary:)</c> when the link's words are the term.
/// </summary>
internal sealed class GlossaryTerms
{
    public const string Scheme = "glossary:";

    private readonly HashSet<string> _keys;

    private GlossaryTerms(Section? section, IEnumerable<string> terms) =>
        (Section, _keys) = (section, new HashSet<string>(terms.Select(Key), StringComparer.Ordinal));

    /// <summary>The section holding the glossary, or null when the course has none.</summary>
    public Section? Section { get; }

    public IReadOnlyCollection<string> Keys => _keys;

    public bool Defines(string term) => _keys.Contains(Key(term));

    /// <summary>The first glossary of the course (a second one is SCO3080).</summary>
    public static GlossaryTerms Of(Course course)
    {
        foreach (var section in course.Sections)
        {
            if (GlossariesIn(section).FirstOrDefault() is { } glossary)
            {
                return new GlossaryTerms(section, Headings(glossary).Select(TextOf));
            }
        }

        return new GlossaryTerms(null, []);
    }

    public static IEnumerable<CustomContainer> GlossariesIn(Section section) =>
        section.Body.Descendants<CustomContainer>().Where(c => BlockKinds.Of(c) == BlockKind.Glossary);

    /// <summary>The headings that start the terms: those at the level of the block's first heading.</summary>
    public static IEnumerable<HeadingBlock> Headings(CustomContainer glossary)
    {
        var level = glossary.OfType<HeadingBlock>().FirstOrDefault()?.Level;
        return glossary.OfType<HeadingBlock>().Where(h => h.Level == level);
    }

    /// <summary>Whether a URL marks a glossary term.</summary>
    public static bool IsTermLink(string url) => url.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase);

    /// <summary>The term a link names: after glossary:, or the link's own words when nothing follows.</summary>
    public static string TermOfLink(string url, string linkText)
    {
        var named = Uri.UnescapeDataString(url[Scheme.Length..]).Trim();
        return named.Length == 0 ? linkText : named;
    }

    /// <summary>
    /// How terms are compared: letter case, spaces, hyphens and underscores aside, so that glossary:human-trafficking
    /// names "Human trafficking".
    /// </summary>
    public static string Key(string term)
    {
        var key = new StringBuilder(term.Length);
        foreach (var c in term.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    /// <summary>A heading's words, as plain text.</summary>
    public static string TextOf(HeadingBlock heading) =>
        heading.Inline is null ? "" : string.Concat(heading.Inline.Descendants<LeafInline>().Select(leaf => leaf switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            _ => "",
        })).Trim();
}
