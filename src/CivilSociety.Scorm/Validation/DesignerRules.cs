using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

using SourceSpan = CivilSociety.Scorm.Diagnostics.SourceSpan;

namespace CivilSociety.Scorm.Validation;

/// <summary>The validation stage's rules about the glossary and media players (docs/blocks.md).</summary>
internal static class DesignerRules
{
    /// <summary>One glossary for the course, and every term marked in the text defined in it.</summary>
    public static void GlossaryTermsAreDefined(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        foreach (var extra in course.Sections.SelectMany(s => GlossaryTerms.GlossariesIn(s).Select(g => (Section: s, Glossary: g))).Skip(1))
        {
            diagnostics.Report(DiagnosticCatalog.SecondGlossary, At(extra.Section, extra.Glossary));
        }

        var glossary = GlossaryTerms.Of(course);
        foreach (var section in course.Sections)
        {
            foreach (var link in section.Body.Descendants<LinkInline>().Where(l => !l.IsImage && GlossaryTerms.IsTermLink(l.Url ?? "")))
            {
                var words = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
                var term = GlossaryTerms.TermOfLink(link.Url!, words);
                if (!glossary.Defines(term))
                {
                    var known = glossary.Section is null ? [] : GlossaryTerms.Headings(GlossaryTerms.GlossariesIn(glossary.Section).First()).Select(GlossaryTerms.TextOf).ToList();
                    var help = glossary.Section is null
                        ? "the course has no glossary yet: add a ::: glossary block (a section of its own is its page) with a ### heading for each term"
                        : Suggestions.DidYouMean(term, known) is { } mean ? $"{mean} The glossary (in {glossary.Section.SourcePath}) defines {string.Join(", ", known)}" : null;
                    if (help is null)
                    {
                        diagnostics.Report(DiagnosticCatalog.UnknownGlossaryTerm, At(section, link), term);
                    }
                    else
                    {
                        diagnostics.ReportWithHelp(DiagnosticCatalog.UnknownGlossaryTerm, At(section, link), help, term);
                    }
                }
            }
        }
    }

    /// <summary>
    /// A video needs captions and a sound file a transcript (WCAG 1.2.1, 1.2.2); a file named by captions= or
    /// transcript= must exist; a video on another site plays only online.
    /// </summary>
    public static void MediaHaveTextAlternatives(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        foreach (var section in course.Sections)
        {
            var folder = CoursePaths.FolderOf(section.SourcePath);
            bool Exists(string url) =>
                LinkTarget.Classify(url) == LinkKind.Relative
                && CoursePaths.Resolve(sources.RootDirectory, folder, LinkTarget.PathOf(url)) is { } path
                && sources.AllFiles.Contains(path);

            foreach (var media in MediaLink.In(section.Body))
            {
                var location = At(section, media.Link);
                foreach (var (named, what, kind) in new[] { (media.Captions, "captions", ".vtt"), (media.Transcript, "a transcript", ".txt") })
                {
                    if (named is null)
                    {
                        continue;
                    }

                    // Only text a player shows: a page named here would be bundled past BundledFileRules' checks.
                    if (!LinkTarget.PathOf(named).EndsWith(kind, StringComparison.OrdinalIgnoreCase))
                    {
                        diagnostics.Report(DiagnosticCatalog.MediaTextFileKind, location, named, what, kind);
                        continue;
                    }

                    LinkRules.CheckUrl(named, section.SourcePath, location, sources, diagnostics);
                }

                switch (media.Kind)
                {
                    case MediaKind.ExternalVideo:
                        diagnostics.Report(DiagnosticCatalog.ExternalVideo, location, media.Url);
                        break;
                    // A missing video or sound file is reported by LinkRules (SCO3013): asking for its captions too is noise.
                    case MediaKind.Video or MediaKind.Audio when LinkTarget.Classify(media.Url) == LinkKind.Relative && !Exists(media.Url):
                        break;
                    case MediaKind.Video when media.Captions is null && !Exists(MediaLink.Beside(media.Url, ".vtt")):
                        diagnostics.Report(DiagnosticCatalog.VideoWithoutCaptions, location, media.Url, Path.GetFileName(MediaLink.Beside(media.Url, ".vtt")));
                        break;
                    case MediaKind.Audio when media.Transcript is null && !Exists(MediaLink.Beside(media.Url, ".txt")):
                        diagnostics.Report(DiagnosticCatalog.AudioWithoutTranscript, location, media.Url, Path.GetFileName(MediaLink.Beside(media.Url, ".txt")));
                        break;
                }
            }
        }
    }

    private static SourceSpan At(Section section, MarkdownObject node) => new(section.SourcePath, node.Line + 1, node.Column + 1);
}
