using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace CivilSociety.Scorm.Benchmarks;

/// <summary>
/// What scripts/bench.sh times `report` on, deterministic: a course of ten quizzes of ten questions (100 questions,
/// five outcomes), an LRS on loopback that serves N synthetic "answered" statements of L learners page by page (made
/// as they are sent, never held), and a Moodle interactions download of L learners who answered every question.
/// </summary>
internal static class ReportBench
{
    public const string CourseId = "report-bench";
    private const int Sections = 10, QuestionsPerSection = 10, Outcomes = 5, PageSize = 500;
    private const string Base = "https://courses.example.org/xapi";

    /// <summary>The course: outcome O(s % 5 + 1) for section s's questions, single choice a-d, c right.</summary>
    public static void WriteCourse(string directory)
    {
        Directory.CreateDirectory(Path.Combine(directory, "sections"));
        var yml = new StringBuilder($"id: {CourseId}\ntitle: Report benchmark\nlanguage: en\nversion: 1.0.0\norganisation: Bench\nauthors: [Bench]\npassing_score: 70\noutcomes:\n");
        for (var o = 1; o <= Outcomes; o++)
        {
            yml.Append(CultureInfo.InvariantCulture, $"  - id: O{o}\n    text: Outcome {o}\n");
        }

        yml.Append("sections:\n");
        for (var s = 0; s < Sections; s++)
        {
            yml.Append(CultureInfo.InvariantCulture, $"  - sections/s{s:00}.md\n");
            var text = new StringBuilder($"---\nid: s{s:00}\ntitle: Section {s}\noutcomes: [O{s % Outcomes + 1}]\n---\n\nSome text of section {s}.\n\n::: quiz\n");
            for (var q = 0; q < QuestionsPerSection; q++)
            {
                text.Append(CultureInfo.InvariantCulture, $"### Question {q} of section {s}? {{#q{q:00} outcomes=\"O{s % Outcomes + 1}\"}}\n\n- [ ] A\n- [ ] B\n- [x] C\n- [ ] D\n\n");
            }

            File.WriteAllText(Path.Combine(directory, "sections", $"s{s:00}.md"), text.Append(":::\n").ToString());
        }

        File.WriteAllText(Path.Combine(directory, "course.yml"), yml.ToString());
    }

    /// <summary>
    /// Serves GET …/statements on 127.0.0.1 (port 0: a free one, printed as "port N" when it listens) until killed:
    /// statement k is learner k % L answering question (k / L) % 100 (so each learner answers the questions in order),
    /// right two times in three, in one registration per learner; pages of 500 linked by "more".
    /// </summary>
    public static void ServeLrs(int statements, int learners, int port)
    {
        var listener = new HttpListener();
        if (port == 0)
        {
            using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        Console.WriteLine($"port {port}");
        Console.Out.Flush();
        while (true)
        {
            var context = listener.GetContext();
            var query = context.Request.Url!.Query;
            var at = query.IndexOf("from=", StringComparison.Ordinal);
            var from = at >= 0 ? int.Parse(query[(at + 5)..], CultureInfo.InvariantCulture) : 0;
            var to = Math.Min(statements, from + PageSize);
            context.Response.ContentType = "application/json";
            context.Response.SendChunked = true;
            using (var writer = new Utf8JsonWriter(context.Response.OutputStream))
            {
                writer.WriteStartObject();
                writer.WriteStartArray("statements");
                for (var k = from; k < to; k++)
                {
                    WriteStatement(writer, k, learners);
                }

                writer.WriteEndArray();
                writer.WriteString("more", to < statements ? $"/xapi/statements?from={to}" : "");
                writer.WriteEndObject();
            }

            context.Response.Close();
        }
    }

    private static void WriteStatement(Utf8JsonWriter writer, int k, int learners)
    {
        var learner = k % learners;
        var question = k / learners % (Sections * QuestionsPerSection);
        var (section, number) = (question / QuestionsPerSection, question % QuestionsPerSection);
        var right = (k * 7919 + learner) % 3 != 0;
        var sectionIri = $"{Base}/courses/{CourseId}/sections/s{section:00}";
        writer.WriteStartObject();
        writer.WriteString("id", new Guid(k, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]).ToString());
        writer.WriteStartObject("actor");
        writer.WriteString("objectType", "Agent");
        writer.WriteStartObject("account");
        writer.WriteString("homePage", "https://lms.example.org");
        writer.WriteString("name", $"student-{learner:00000}");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartObject("verb");
        writer.WriteString("id", "http://adlnet.gov/expapi/verbs/answered");
        writer.WriteStartObject("display");
        writer.WriteString("en-US", "answered");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartObject("object");
        writer.WriteString("objectType", "Activity");
        writer.WriteString("id", $"{sectionIri}/quiz/questions/q{number:00}");
        writer.WriteStartObject("definition");
        writer.WriteString("type", "http://adlnet.gov/expapi/activities/cmi.interaction");
        writer.WriteString("interactionType", "choice");
        writer.WriteStartArray("correctResponsesPattern");
        writer.WriteStringValue("c");
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartObject("result");
        writer.WriteStartObject("score");
        writer.WriteNumber("scaled", right ? 1 : 0);
        writer.WriteNumber("raw", right ? 1 : 0);
        writer.WriteNumber("min", 0);
        writer.WriteNumber("max", 1);
        writer.WriteEndObject();
        writer.WriteBoolean("success", right);
        writer.WriteString("response", right ? "c" : ((k % 2) == 0 ? "a" : "b"));
        writer.WriteString("duration", "PT18.4S");
        writer.WriteEndObject();
        writer.WriteStartObject("context");
        writer.WriteString("registration", new Guid(learner, 1, 1, [0, 0, 0, 0, 0, 0, 0, 2]).ToString());
        writer.WriteStartObject("contextActivities");
        writer.WriteStartArray("parent");
        writer.WriteStartObject();
        writer.WriteString("id", $"{sectionIri}/quiz");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartArray("other");
        writer.WriteStartObject();
        writer.WriteString("id", $"{Base}/courses/{CourseId}/objectives/O{section % Outcomes + 1}");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteString("language", "en");
        writer.WriteString("platform", "CivilSociety.Scorm bench");
        writer.WriteEndObject();
        writer.WriteString("timestamp", new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(k).ToString("o", CultureInfo.InvariantCulture));
        writer.WriteEndObject();
    }

    /// <summary>Moodle's interactions report ("CSV": tab-separated) of L learners, one attempt each, every question answered.</summary>
    public static void WriteMoodleDownload(string path, int learners)
    {
        var count = Sections * QuestionsPerSection;
        using var output = new StreamWriter(path, false, new UTF8Encoding(false));
        output.Write("Name\t\"Email address\"\tAttempt\t\"Started on\"\t\"Last accessed on\"\tScore\t\"Report benchmark\"");
        for (var n = 0; n < count; n++)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"\t\"Question {n}\"\t\"Response {n}\"\t\"Right answer {n}\"\t\"Result {n}\""));
        }

        output.Write('\n');
        for (var learner = 0; learner < learners; learner++)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture,
                $"\"Student {learner:00000}\"\tstudent{learner:00000}@example.org\t1\t\"Tuesday, 1 December 2026, 9:02 AM\"\t\"Tuesday, 1 December 2026, 9:40 AM\"\t66.67\t66.67/100"));
            for (var n = 0; n < count; n++)
            {
                var right = (n * 7919 + learner) % 3 != 0;
                output.Write(string.Create(CultureInfo.InvariantCulture,
                    $"\ts{n / QuestionsPerSection:00}.q{n % QuestionsPerSection:00}\t{(right ? "c" : "a")}\tc\t{(right ? "correct" : "wrong")}"));
            }

            output.Write('\n');
        }
    }
}
