using AngleSharp.Dom;
using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Questions;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// The feedback of a page's questions, kept out of the page to be sealed with each question's answer key: the feedback
/// under the right choice, or a "correct:" text that quotes the answer, would otherwise tell it to anyone reading the
/// source. The quiz renderer hands each written text here as nodes of its own while the page keeps an empty place; the
/// page renderer finishes them as it finishes the page (links, glossary terms, bidi isolation), then seals their HTML.
/// The runtime fills the places from the seal when the learner checks.
/// </summary>
internal sealed class SealedFeedback
{
    private readonly List<Text> _texts = [];
    private readonly Dictionary<IElement, IElement> _byPlace = [];

    /// <summary>Each section's texts and their places, in the order written: looked up once per section, not searched among the whole course's.</summary>
    private readonly Dictionary<string, List<(IElement Place, Text Text)>> _bySection = new(StringComparer.Ordinal);

    /// <summary>A feedback text: its nodes until it is finished, then its HTML.</summary>
    /// <param name="key">A choice letter, "correct" or "incorrect".</param>
    /// <param name="content">The rendered text, as the children of an element that is not in the page.</param>
    private sealed class Text(Section section, string questionId, string key, IElement content)
    {
        private string? _html;

        public Section Section => section;

        public string QuestionId => questionId;

        public string Key => key;

        /// <summary>Its nodes; null once <see cref="Finish"/> has kept its HTML instead.</summary>
        public IElement? Content { get; private set; } = content;

        public string Html => _html ?? LeanHtmlFormatter.InnerHtml(Content!);

        /// <summary>Isolates the runs of the other direction, as in the page around its place (its section's language).</summary>
        public void IsolateBidi(TextDirection courseDirection)
        {
            if (Content is { } nodes)
            {
                BidiIsolation.Apply(nodes, section.Language is { } language ? Languages.DirectionOf(language) : courseDirection);
            }
        }

        /// <summary>As the page finishes it (<see cref="SealedFeedback.IsolateBidi"/>, then its HTML), letting go of its nodes.</summary>
        public void Finish(TextDirection courseDirection)
        {
            IsolateBidi(courseDirection);
            _html = Html;
            Content = null;
        }
    }

    /// <summary>Keeps the feedback of a question, each text for the empty place in the page that will show it.</summary>
    public void Add(Section section, string questionId, IEnumerable<QuestionMarkup.FeedbackText> feedback)
    {
        foreach (var (key, place, content) in feedback)
        {
            var text = new Text(section, questionId, key, content);
            _texts.Add(text);
            _byPlace.Add(place, content);
            if (!_bySection.TryGetValue(section.Id, out var texts))
            {
                _bySection[section.Id] = texts = [];
            }

            texts.Add((place, text));
        }
    }

    /// <summary>The feedback of <paramref name="section"/>'s questions, to have its links rewritten as the section's are.</summary>
    public IEnumerable<IElement> Of(Section section) => (_bySection.GetValueOrDefault(section.Id) ?? []).Select(written => written.Text.Content!);

    /// <summary>
    /// Finishes the texts of <paramref name="section"/>, whose element has left the page finished
    /// (<see cref="DeferredSections.KeepOut(IElement)"/>), as <see cref="IsolateBidi"/> and <see cref="Html"/> would
    /// finish them, and lets go of their nodes and places: held here, a place would hold all the section's nodes.
    /// Nothing may change them afterwards (the section links no glossary term).
    /// </summary>
    public void Finish(Section section, TextDirection courseDirection)
    {
        foreach (var (place, text) in _bySection.GetValueOrDefault(section.Id) ?? [])
        {
            _byPlace.Remove(place);
            text.Finish(courseDirection);
        }

        _bySection.Remove(section.Id);
    }

    /// <summary>The feedback the page's <paramref name="place"/> will show; null for any other element.</summary>
    public IElement? At(IElement place) => _byPlace.GetValueOrDefault(place);

    /// <summary>Isolates the runs of the other direction in each text not finished yet, as in the page around its place (its section's language).</summary>
    public void IsolateBidi(TextDirection courseDirection)
    {
        foreach (var text in _texts)
        {
            text.IsolateBidi(courseDirection);
        }
    }

    /// <summary>SECTION.QUESTION -> (a choice letter, "correct" or "incorrect" -> its HTML, as finished), for the texts written.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Html() => _texts
        .Select(text => (text, text.Html))
        .Where(written => written.Html.Length > 0)
        .GroupBy(written => PageIds.Interaction(written.text.Section.Id, written.text.QuestionId), StringComparer.Ordinal)
        .ToDictionary(
            question => question.Key,
            question => (IReadOnlyDictionary<string, string>)new SortedDictionary<string, string>(
                question.ToDictionary(written => written.text.Key, written => written.Html, StringComparer.Ordinal), StringComparer.Ordinal),
            StringComparer.Ordinal);
}
