using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Xapi;

namespace CivilSociety.Scorm.Questions;

/// <summary>Texts for xAPI definitions: language maps in the course language, from Markdown as plain text.</summary>
internal sealed class XapiText(MarkdownHtml markdown, string language)
{
    public MarkdownHtml Markdown => markdown;

    public IReadOnlyDictionary<string, string> Map(string text) => new Dictionary<string, string> { [language] = text };

    public InteractionComponent Component(char id, string markdownText) => new(id.ToString(), Map(markdown.PlainText(markdownText)));
}
