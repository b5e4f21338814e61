using Markdig;

namespace CivilSociety.Scorm.Markup;

/// <summary>The one Markdig pipeline every section is parsed and rendered with.</summary>
internal static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() =>
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
