using Markdig;

namespace CivilSociety.Scorm.Markup;

/// <summary>The one Markdig pipeline every section is parsed and rendered with.</summary>
internal static class MarkdownPipelineFactory
{
    /// <summary>
    /// Built once per process: a Markdig pipeline is immutable once built and safe to share between threads (each parse
    /// makes its own processors). A build made two, one to parse the sections and one to render them, each about 2 ms
    /// of the real course's build on its critical path (docs/benchmarks.md, issue 23, seventh session).
    /// </summary>
    public static MarkdownPipeline Shared { get; } =
        new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UseCustomContainers()   // ::: quiz
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseFigures()
            .UseEmphasisExtras()
            .UseTaskLists()          // - [x] choices
            .UseListExtras()
            .UseAutoLinks()
            .UsePreciseSourceLocation()
            .UseGenericAttributes()  // last, as Markdig asks: it reads {...} left by the other parsers
            .Build();
}
