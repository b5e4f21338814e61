using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Xapi;

namespace CivilSociety.Scorm.Reports;

/// <summary>
/// The course's "answered" statements from a Learning Record Store (xAPI 1.0.3 GET statements, following "more"
/// until the LRS has no more). A statement counts when its object is one of this course's question activities
/// (…/courses/COURSE/sections/SECTION/quiz/questions/QUESTION, whatever the activity base); the learner is the
/// actor (its account, mbox or name), the attempt its registration, the order its timestamp.
/// </summary>
internal static partial class LrsStatements
{
    /// <summary>A bound on the pages followed, so a misbehaving LRS cannot keep the command running.</summary>
    private const int MaxPages = 10_000;

    public static void Read(Uri endpoint, string? authorization, string? activityBase, ReportCourse course, LearnerRecords records,
        DiagnosticBag diagnostics, int pageSize)
    {
        var at = SourceSpan.File(endpoint.ToString());
        using var client = new HttpClient();
        client.Timeout = TimeSpan.FromSeconds(60);
        var query = $"statements?verb={Uri.EscapeDataString(Verbs.Answered.Id)}&limit={pageSize}&ascending=true"
            + (activityBase is null ? "" : $"&activity={Uri.EscapeDataString($"{activityBase.TrimEnd('/')}/courses/{course.Id}")}&related_activities=true");
        var next = new Uri(Folder(endpoint), query);
        var (statements, pages) = (0, 0);
        while (next is not null && pages++ < MaxPages)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            request.Headers.Add("X-Experience-API-Version", "1.0.3");
            if (!string.IsNullOrEmpty(authorization))
            {
                request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
            }

            JsonDocument page;
            try
            {
                using var response = client.Send(request);
                if (!response.IsSuccessStatusCode)
                {
                    diagnostics.Report(DiagnosticCatalog.LrsFailed, at, endpoint, $"{(int)response.StatusCode} {response.ReasonPhrase}");
                    return;
                }

                using var stream = response.Content.ReadAsStream();
                page = JsonDocument.Parse(stream);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or IOException)
            {
                diagnostics.Report(DiagnosticCatalog.LrsFailed, at, endpoint, ex.Message);
                return;
            }

            using (page)
            {
                if (page.RootElement.TryGetProperty("statements", out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    statements += list.EnumerateArray().Count(statement => Add(statement, course, records));
                }

                next = page.RootElement.TryGetProperty("more", out var more) && more.GetString() is { Length: > 0 } link ? new Uri(endpoint, link) : null;
            }
        }

        records.Sources.Add($"{endpoint}: {statements} answer statement(s) of this course");
    }

    /// <summary>The endpoint as a folder, so that "statements" resolves below it (…/xAPI/ + statements).</summary>
    private static Uri Folder(Uri endpoint) => endpoint.AbsolutePath.EndsWith('/') ? endpoint : new Uri(endpoint + "/");

    private static bool Add(JsonElement statement, ReportCourse course, LearnerRecords records)
    {
        var objectId = String(statement, "object", "id");
        if (objectId is null || QuestionIri().Match(objectId) is not { Success: true } match || match.Groups["course"].Value != course.Id)
        {
            return false;
        }

        var id = $"{match.Groups["section"].Value}.{match.Groups["question"].Value}";
        if (!course.Questions.ContainsKey(id))
        {
            return false;
        }

        var learner = Actor(statement);
        var response = (String(statement, "result", "response") ?? "").Replace("[,]", ",", StringComparison.Ordinal).Replace("[.]", ".", StringComparison.Ordinal);
        bool? success = statement.TryGetProperty("result", out var result) && result.TryGetProperty("success", out var s) && s.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? s.GetBoolean()
            : null;
        var time = DateTimeOffset.TryParse(String(statement, "timestamp") ?? String(statement, "stored"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var t)
            ? t.UtcTicks
            : records.Answers.Count;
        records.Answers.Add(new AnswerRecord(learner, String(statement, "context", "registration") ?? "", time, id, response, success));
        return true;
    }

    /// <summary>The learner: an account (homePage and name), an mbox, or a name; shown by name when there is one.</summary>
    private static Learner Actor(JsonElement statement)
    {
        var name = String(statement, "actor", "name");
        var account = String(statement, "actor", "account", "name");
        var key = account is not null ? $"{String(statement, "actor", "account", "homePage")}|{account}"
            : String(statement, "actor", "mbox") ?? String(statement, "actor", "mbox_sha1sum") ?? String(statement, "actor", "openid") ?? name ?? "anonymous";
        return new Learner(key, name ?? account ?? key.Replace("mailto:", "", StringComparison.Ordinal));
    }

    private static string? String(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }

    [GeneratedRegex(@"/courses/(?<course>[^/]+)/sections/(?<section>[^/]+)/quiz/questions/(?<question>[^/?#]+)$")]
    private static partial Regex QuestionIri();
}
