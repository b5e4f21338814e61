using System.Text;
using System.Text.Json;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Packaging;

/// <summary>
/// The zip as a curious learner opens it: no file holds an answer key, and no correct answer, pattern or feedback
/// stands in the clear anywhere in the quiz's markup, the course data or the runtime.
/// </summary>
public sealed class AnswerKeyTests
{
    /// <summary>Feedback shorter than this ("Yes.", "Not quite.") is not looked for: it could stand anywhere.</summary>
    private const int MinFeedbackSecretLength = 12;

    public static TheoryData<string> Courses => ["content", .. Repository.Samples];

    [Theory]
    [MemberData(nameof(Courses))]
    public void No_answer_is_readable_in_the_package(string course)
    {
        using var package = new BuiltPackage(Path.Combine(Repository.Root, course), options => options with { XapiActivityBase = "https://courses.example.org/xapi" });
        var page = package.LaunchPage();

        // Where an answer key would be: every packaged file but the launch page, and in the launch page the course data
        // and the quizzes (the sections' own text may of course speak of what a question asks).
        var places = package.EntryNames().Where(name => name != "index.html").Select(name => (name, Encoding.UTF8.GetString(package.ReadBytes(name))))
            .Append(("index.html: course data", page.GetElementById("course-data")!.TextContent))
            .Concat(page.QuerySelectorAll("form.quiz").Select(form => ("index.html: quiz " + form.GetAttribute("data-quiz"), form.OuterHtml)))
            .ToList();

        // Not vacuous: every course checked here has quizzes, whose seals open (a course whose keys are single letters
        // and whose feedback is short has no secret long enough to look for, and passes on that alone).
        SealedKeys.CourseData(page).GetProperty("sections").EnumerateArray()
            .Where(s => s.TryGetProperty("quiz", out var quiz) && quiz.ValueKind == JsonValueKind.Object).Should().NotBeEmpty("{0} has a quiz to check", course);
        var secrets = Secrets(page).ToList();
        foreach (var (name, text) in places)
        {
            foreach (var (secret, alone) in secrets)
            {
                // A typed answer may well be a word of another question's prompt: only standing alone would it be a key.
                foreach (var form in alone ? new[] { $"\"{secret}\"", $"'{secret}'", $">{secret}<" } : [secret])
                {
                    text.Should().NotContain(form, $"{name} must not show {secret}");
                }
            }

            foreach (var key in new[] { "\"correct\":[", "\"correctPattern\"", "\"correctResponsesPattern\"", "correct_answer" })
            {
                text.Should().NotContain(key, $"{name} holds no answer key");
            }
        }

        package.EntryNames().Should().NotContain(name => name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase), "the teachers' decoder stays beside the zip");
    }

    /// <summary>
    /// What a key would give away, from each question's seal: patterns, feedback, and accepted answers (which count
    /// only where they stand alone, as a quoted value or an element's whole text).
    /// </summary>
    private static IEnumerable<(string Text, bool Alone)> Secrets(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        var data = SealedKeys.CourseData(page);
        foreach (var section in data.GetProperty("sections").EnumerateArray().Where(s => s.TryGetProperty("quiz", out var quiz) && quiz.ValueKind == JsonValueKind.Object))
        {
            foreach (var question in section.GetProperty("quiz").GetProperty("questions").EnumerateArray())
            {
                var key = SealedKeys.Open(page, section.GetProperty("id").GetString()!, question.GetProperty("id").GetString()!);
                var type = question.GetProperty("type").GetString();
                // A single letter, "true" or a number says nothing alone; a list of them ("a,c", "d[,]b[,]a") does.
                var patterns = new[] { key.GetProperty("pattern").GetString()! }
                    .Concat(key.GetProperty("xapi").EnumerateArray().Select(p => p.GetString()!));
                foreach (var pattern in patterns.Where(p => p.Contains(',', StringComparison.Ordinal)))
                {
                    yield return (pattern, false);
                }

                if (type == "fill-in")
                {
                    foreach (var accepted in key.GetProperty("correct").EnumerateArray())
                    {
                        yield return (accepted.GetString()!, true);
                    }
                }

                // A feedback long enough to be a sentence of its own ("Yes." alone could be anywhere).
                foreach (var feedback in key.GetProperty("feedback").EnumerateObject())
                {
                    var text = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + feedback.Value.GetString()).Body!.TextContent.Trim();
                    if (text.Length >= MinFeedbackSecretLength)
                    {
                        yield return (text, false);
                    }
                }
            }
        }
    }
}
