using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// What the runtime reads from script#course-data (docs/runtime-contract.md). No answer in clear: each question's
/// answer key is sealed (<see cref="AnswerSeal"/>), <see cref="Seal"/> the key that opens it.
/// </summary>
internal sealed record CourseData(
    string Id,
    string Title,
    string Language,
    string Direction,
    int PassingScore,
    IReadOnlyList<CourseData.OutcomeData> Outcomes,
    IReadOnlyList<CourseData.SectionData> Sections,
    IReadOnlyDictionary<string, string> Strings,
    JsonNode? Xapi,
    string Seal)
{
    /// <summary>Whether the saved state holds the practice checks' answers (Validation/SuspendDataBudget.KeepsPractice); absent: no.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool KeepsPractice { get; init; }

    internal sealed record OutcomeData(string Id, string? Parent);

    /// <param name="Title">Absent when the package has a sections file: it is there (<see cref="KeptOutData"/>).</param>
    /// <param name="Quiz">Absent without one, and when the package has a sections file.</param>
    internal sealed record SectionData(
        string Id,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Title,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] QuizData? Quiz)
    {
        /// <summary>The practice checks (::: check), in page order, each as a quiz without pass mark or attempts; absent without one.</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public IReadOnlyList<QuizData>? Checks { get; init; }
    }

    /// <param name="PassingScore">Null: the course's mastery score (the LMS's, when it gives one).</param>
    /// <param name="Attempts">Null: unlimited.</param>
    internal sealed record QuizData(
        int? PassingScore, int? Attempts, bool ShuffleQuestions, bool ShuffleChoices, bool RevealAnswers, IReadOnlyList<QuestionData> Questions)
    {
        /// <summary>A pool (draw=): how many questions each attempt shows; absent without one.</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public DrawData? Draw { get; init; }
    }

    /// <summary>
    /// What a section has in the course data besides its id, written into the sections' file instead when the package
    /// has one (<see cref="DeferredSections"/>): its title, quiz and practice checks, which only the set-up reads.
    /// </summary>
    internal sealed record KeptOutData(
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Title,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] QuizData? Quiz,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<QuizData>? Checks);

    /// <summary>The runtime's draw (packaging/runtime/src/quiz/draw.js): the count, and the per-outcome counts when the author fixed them.</summary>
    internal sealed record DrawData(int Count, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<IReadOnlyList<JsonElement>>? Shares);

    /// <param name="Choices">The ids of the choices, accepted answers, left items or items to order, sorted.</param>
    /// <param name="ScormType">cmi.interactions.n.type.</param>
    /// <param name="Sealed">The sealed <see cref="SealedKey"/>.</param>
    internal sealed record QuestionData(
        string Id,
        string Type,
        string ScormType,
        int Weight,
        IReadOnlyList<string> Outcomes,
        IReadOnlyList<string> Choices,
        string Sealed)
    {
        /// <summary>The question type's own settings (fill-in: "fillIn"), written as properties of the question (set: the JSON source generator binds init-only properties to the constructor, which extension data cannot be).</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Settings { get; set; }

        /// <summary>The question's group= in a pool: never drawn with another of its group.</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? Group { get; init; }
    }

    /// <summary>What a question's seal holds.</summary>
    /// <param name="Correct">By type: correct choice ids; "t" or "f"; accepted answers; [min, max]; "a.1" pairs; item ids in order.</param>
    /// <param name="Pattern">cmi.interactions.n.correct_responses.0.pattern, in the target's form (SCORM 1.2 or 2004).</param>
    /// <param name="Xapi">The xAPI correctResponsesPattern, when xAPI is on.</param>
    /// <param name="Feedback">The feedback's HTML: by choice letter, and "correct" / "incorrect" for the question's.</param>
    internal sealed record SealedKey(IReadOnlyList<string> Correct, string Pattern, IReadOnlyList<string>? Xapi, IReadOnlyDictionary<string, string> Feedback);
}
