using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Validation;
using CivilSociety.Scorm.Xapi;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// The course as the runtime needs it: ids, weights, settings and each question's answer key, sealed; no prose
/// beyond the interface strings.
/// </summary>
internal static class CourseDataBuilder
{
    /// <summary>
    /// Arabic and every other script as UTF-8 in the seal, not \u escapes (a third of the size). The encoder goes on
    /// the writer, so that the context's own options, and with them its generated serialization code, are used.
    /// </summary>
    private static readonly JsonWriterOptions KeyJsonWriting = new() { Encoder = LiteralJsonEncoder.Instance };

    public static CourseData Build(
        Course course,
        IReadOnlyDictionary<string, string> strings,
        MarkdownHtml markdown,
        JsonNode? xapi,
        XapiActivities? activities,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> feedback,
        PackageTarget target)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var keyJson = new KeyJsonWriter();
        foreach (var section in course.Sections)
        {
            foreach (var question in section.Quiz?.Questions ?? [])
            {
                var id = PageIds.Interaction(section.Id, question.Id);
                keys[id] = KeyJson(keyJson, question, markdown, activities, feedback.GetValueOrDefault(id), target, course.Language);
            }

            // A practice question sends no statement: no xAPI pattern in its key.
            foreach (var question in section.Checks.SelectMany(c => c.Questions))
            {
                var id = PageIds.Interaction(section.Id, question.Id);
                keys[id] = KeyJson(keyJson, question, markdown, null, feedback.GetValueOrDefault(id), target, course.Language);
            }
        }

        var seal = AnswerSeal.For(course.Id, keys.Values);
        return new(
            course.Id,
            course.Title,
            course.Language,
            course.Direction == TextDirection.RightToLeft ? "rtl" : "ltr",
            course.PassingScore,
            [.. course.AllOutcomes.Select(o => new CourseData.OutcomeData(o.Id, o.ParentId))],
            [.. course.Sections.Select(s => new CourseData.SectionData(s.Id, s.Title, s.Quiz is { } quiz ? Quiz(s, quiz, keys, seal) : null)
            {
                Checks = s.Checks.Count > 0 ? [.. s.Checks.Select(check => Quiz(s, check, keys, seal))] : null,
            })],
            strings,
            xapi,
            seal.Key)
        {
            KeepsPractice = SuspendDataBudget.KeepsPractice(course),
        };
    }

    private static CourseData.QuizData Quiz(Section section, Quiz quiz, Dictionary<string, string> keys, AnswerSeal seal) => new CourseData.QuizData(
        quiz.Settings.PassingScore,
        quiz.Settings.Attempts,
        quiz.Settings.ShuffleQuestions,
        quiz.Settings.ShuffleChoices,
        quiz.Settings.RevealAnswers,
        [.. quiz.Questions.Select(q => Question(q, seal, PageIds.Interaction(section.Id, q.Id), keys))])
    {
        Draw = quiz.Draw is { } draw ? new CourseData.DrawData(draw.Count, draw.IsPerOutcome
            ? [.. draw.Shares.Select(s => (IReadOnlyList<JsonElement>)[JsonSerializer.SerializeToElement(s.Outcome.Id, RenderingJsonContext.Default.String), JsonSerializer.SerializeToElement(s.Count, RenderingJsonContext.Default.Int32)])]
            : null) : null,
    };

    private static CourseData.QuestionData Question(Question question, AnswerSeal seal, string interactionId, Dictionary<string, string> keys)
    {
        var type = question.Type;
        var settings = type.RuntimeSettings(question.Answer)
            .ToDictionary(pair => pair.Key, pair => JsonSerializer.SerializeToElement(pair.Value, RenderingJsonContext.Default.JsonNode));
        // The identities of the choices (docs/republishing.md): what the saved state names, so that answers survive an update.
        if (type.ChoiceKeys(question.Answer) is { Count: > 0 } choiceKeys)
        {
            settings["keys"] = JsonSerializer.SerializeToElement(new JsonArray([.. choiceKeys.Select(k => (JsonNode?)k)]), RenderingJsonContext.Default.JsonNode);
        }

        return new CourseData.QuestionData(
            question.Id,
            type.Name,
            type.InteractionType,
            question.Weight,
            [.. question.Outcomes.Select(o => o.Id)],
            type.ChoiceIds(question.Answer),
            seal.Seal(interactionId, keys[interactionId]))
        {
            Settings = settings.Count > 0 ? settings : null,
            Group = question.Group,
        };
    }

    /// <summary>The answer key in clear, as JSON: what the seal holds; its pattern in the syntax of the target's data model.</summary>
    private static string KeyJson(
        KeyJsonWriter keyJson, Question question, MarkdownHtml markdown, XapiActivities? activities, IReadOnlyDictionary<string, string>? feedback, PackageTarget target, string language)
    {
        var key = question.Type.Key(question.Answer, markdown);
        var pattern = target == PackageTarget.Scorm2004 ? Scorm2004Patterns.Of(question, markdown, language) : key.Pattern;
        var sealedKey = new CourseData.SealedKey(key.Correct, pattern, activities?.CorrectResponses(question), feedback ?? new Dictionary<string, string>());
        return keyJson.Write(sealedKey);
    }

    /// <summary>
    /// Writes the keys' JSON one after another through one buffer, which grows to the longest key once: with a buffer
    /// of its own, each of the synthetic course's 3,000 keys grew one by doubling (the JSON writer asks room for each
    /// string escaped six-fold), 12 MB a build.
    /// </summary>
    private sealed class KeyJsonWriter
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(4096);
        private readonly Utf8JsonWriter _json;

        public KeyJsonWriter() => _json = new Utf8JsonWriter(_buffer, KeyJsonWriting);

        public string Write(CourseData.SealedKey key)
        {
            _buffer.ResetWrittenCount();
            _json.Reset();
            JsonSerializer.Serialize(_json, key, RenderingJsonContext.Default.SealedKey);
            _json.Flush();
            return Encoding.UTF8.GetString(_buffer.WrittenSpan);
        }
    }
}
