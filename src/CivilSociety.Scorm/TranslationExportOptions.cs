namespace CivilSociety.Scorm;

/// <summary>Which course's texts to export for translation, into which language, and where the XLIFF file goes.</summary>
/// <param name="CourseDirectory">The folder that holds <c>course.yml</c>.</param>
/// <param name="Language">The language the translator translates into (a BCP 47 tag: en, fr, es, ru, zh, ar...).</param>
/// <param name="OutputPath">The XLIFF file to write; by default <c>out/&lt;course id&gt;.&lt;language&gt;.xlf</c>.</param>
public sealed record TranslationExportOptions(string CourseDirectory, string Language, string? OutputPath = null)
{
    /// <summary>Only the texts not translated yet, or whose source changed since (with their old translation to revise).</summary>
    public bool MissingOnly { get; init; }
}
