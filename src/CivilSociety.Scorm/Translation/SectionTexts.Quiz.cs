using CivilSociety.Scorm.Parsing;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace CivilSociety.Scorm.Translation;

internal sealed partial class SectionTexts
{
    /// <summary>
    /// The texts of a quiz, read as QuizParser reads it: a heading starts a question, paragraphs are its stem, a list
    /// its items, a quote its feedback. What is not text (the [x] marks, {#ids}, {...} attributes, the correct: labels,
    /// answer= values such as a numeric answer) stays in the source and is never given to the translator. A practice
    /// check is read the same way, with its own prefix.
    /// </summary>
    private sealed class QuizTexts(SectionTexts section, string prefix)
    {
        private string? _question;
        private string _type = "single";
        private int _stems;
        private int _unnamed;

        public void Walk(CustomContainer quiz)
        {
            foreach (var block in quiz)
            {
                switch (block)
                {
                    case HeadingBlock heading:
                        var attributes = HeadingAttributes.Parse(section.LineOf(heading.Span.Start).Line);
                        _question = $"{prefix}/question/{attributes.Id ?? "unnamed-" + ++_unnamed}";
                        _type = attributes.Properties.FirstOrDefault(p => p.Key == "type").Value ?? "single";
                        _stems = 0;
                        section.AddHeading(heading, _question + "/prompt", "a question");
                        break;
                    case ParagraphBlock paragraph when _question is not null:
                        section.AddLeaf(paragraph, $"{_question}/stem/{++_stems}", "the text of a question, under its heading");
                        break;
                    case ListBlock list when _question is not null:
                        Items(list, _question);
                        break;
                    case QuoteBlock quote when _question is not null:
                        Feedback(quote, _question, item: false);
                        break;
                }
            }
        }

        private void Items(ListBlock list, string question)
        {
            var number = 0;
            foreach (var item in list.OfType<ListItemBlock>())
            {
                var id = $"{question}/item/{++number}";
                if (item.FirstOrDefault() is ParagraphBlock paragraph && !paragraph.Span.IsEmpty)
                {
                    Item(id, new TextRange(paragraph.Span.Start, paragraph.Span.Length));
                }

                foreach (var quote in item.Skip(1).OfType<QuoteBlock>())
                {
                    Feedback(quote, id + "/feedback", item: true);
                }
            }
        }

        private void Item(string id, TextRange range)
        {
            var text = section._file.Text.Substring(range.Start, Math.Min(range.Length, section._file.Text.Length - range.Start));
            var mark = TaskMark().Match(text);
            var trailing = TrailingId().Match(text);
            var end = trailing.Success ? trailing.Index : text.TrimEnd().Length;
            if (end <= mark.Length)
            {
                return;
            }

            var start = range.Start + mark.Length;
            var written = text[mark.Length..end];
            if (_type == "matching" && PairArrow().Match(written) is { Success: true } arrow)
            {
                section.AddSlice(id + "/left", "the left side of a matching pair", new TextRange(start, arrow.Index));
                section.AddSlice(id + "/right", "the right side of a matching pair (pairs with the same right side must keep the same translation)",
                    new TextRange(start + arrow.Index + arrow.Length, written.Length - arrow.Index - arrow.Length));
                return;
            }

            var (what, accepted) = _type switch
            {
                "fill-in" => ("an accepted answer of a fill-in question: what a learner types, compared without case (one form per item)", true),
                "sequencing" => ("an item to put in order", false),
                _ => ("a choice", false),
            };
            section.AddSlice(id, what, new TextRange(start, written.Length), accepted);
        }

        /// <summary>A feedback quote, line by line: the text after each label, and the lines that continue it.</summary>
        private void Feedback(QuoteBlock quote, string prefix, bool item)
        {
            var text = section._file.Text;
            var (lineStart, _) = section.LineOf(quote.Span.Start);
            string? label = null;
            var continued = 0;
            for (var start = lineStart; start <= quote.Span.End && start < text.Length;)
            {
                var (_, line) = section.LineOf(start);
                var mark = QuoteMark().Match(line);
                var rest = line[mark.Length..];
                var labelled = FeedbackLabel().Match(rest);
                string? id = null;
                if (labelled.Success && !item)
                {
                    label = labelled.Groups["label"].Value.ToLowerInvariant() switch
                    {
                        "correct" or "صحيح" => "correct",
                        "hint" or "تلميح" => "hint",
                        _ => "incorrect",
                    };
                    continued = 0;
                    id = $"{prefix}/{label}";
                }
                else if (item)
                {
                    id = ++continued == 1 ? prefix : $"{prefix}/{continued}";
                }
                else if (label is not null)
                {
                    id = $"{prefix}/{label}/{++continued + 1}";
                }

                var skip = mark.Length + (labelled.Success && !item ? labelled.Length : 0);
                if (id is not null && line.Length > skip)
                {
                    section.AddSlice(id, item ? "the feedback of one choice" : FeedbackWhat(label!), new TextRange(start + skip, line.Length - skip));
                }

                var next = text.IndexOf('\n', start);
                start = next < 0 ? text.Length : next + 1;
            }
        }

        private static string FeedbackWhat(string label) => label switch
        {
            "correct" => "the feedback shown when the answer is right",
            "hint" => "the hint of a question",
            _ => "the feedback shown when the answer is wrong",
        };
    }
}
