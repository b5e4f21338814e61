using System.Text.Json;
using System.Text.RegularExpressions;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Xapi;

namespace CivilSociety.Scorm.Reports;

/// <summary>What to ask an LRS for: its endpoint, the Authorization header, the course's activity base (when known), the page size and the most pages read.</summary>
internal sealed record LrsRequest(Uri Endpoint, string? Authorization, string? ActivityBase, int PageSize, int MaxPages);

/// <summary>
/// The course's "answered" statements from a Learning Record Store (xAPI 1.0.3 GET statements, following "more"
/// until the LRS has no more). A statement counts when its object is one of this course's question activities
/// (…/courses/COURSE/sections/SECTION/quiz/questions/QUESTION, whatever the activity base); the learner is the
/// actor (its account, mbox or name), the attempt its registration, the order its timestamp.
/// <para>
/// The LRS's answers are hostile input. Each page is read up to a bound and parsed on its own, its statements folded
/// into <see cref="LearnerRecords"/> and the page dropped, so memory does not grow with the statements read. "more"
/// is resolved against the endpoint and followed only on the endpoint's own origin (scheme, host, port): the
/// Authorization header goes nowhere else, and redirects are not followed. A link already read ends the reading, as
/// does the page limit, each with a warning that the report may be partial; a page that is not a statement result is
/// an error that says what was wrong with it.
/// </para>
/// </summary>
internal static partial class LrsStatements
{
    /// <summary>A page of 500 statements is a few megabytes; far more is no page an LRS should send.</summary>
    internal const int MaxPageBytes = 32 * 1024 * 1024;

    private static readonly string TooLarge = $"it is larger than {MaxPageBytes:N0} bytes";

    public static void Read(LrsRequest lrs, LearnerRecords records, DiagnosticBag diagnostics)
    {
        var endpoint = Folder(lrs.Endpoint);
        var at = SourceSpan.File(lrs.Endpoint.ToString());
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, PreAuthenticate = false };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        var query = $"statements?verb={Uri.EscapeDataString(Verbs.Answered.Id)}&limit={lrs.PageSize}&ascending=true"
            + (lrs.ActivityBase is null ? "" : $"&activity={Uri.EscapeDataString($"{lrs.ActivityBase.TrimEnd('/')}/courses/{records.Course.Id}")}&related_activities=true");
        Uri? next = new(endpoint, query);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var (statements, pages) = (0, 0);
        while (next is not null)
        {
            if (pages == lrs.MaxPages)
            {
                diagnostics.Report(DiagnosticCatalog.LrsPageLimit, at, lrs.Endpoint, pages, statements);
                break;
            }

            if (!seen.Add(next.AbsoluteUri))
            {
                diagnostics.Report(DiagnosticCatalog.LrsMoreRepeated, at, lrs.Endpoint, next, statements);
                break;
            }

            pages++;
            if (Fetch(client, next, lrs, diagnostics, at, pages) is not { } body)
            {
                return;
            }

            var problem = ReadPage(body, endpoint, records, ref statements, out next);
            if (problem is PageProblem.Malformed(var what))
            {
                diagnostics.Report(DiagnosticCatalog.LrsPageMalformed, at, lrs.Endpoint, pages, what);
                return;
            }

            if (problem is PageProblem.Elsewhere(var link))
            {
                diagnostics.Report(DiagnosticCatalog.LrsMoreElsewhere, at, lrs.Endpoint, link, Origin(endpoint));
                return;
            }
        }

        records.Sources.Add($"{lrs.Endpoint}: {statements} answer statement(s) of this course");
    }

    /// <summary>What was wrong with a page: not a statement result, or a "more" outside the endpoint's origin.</summary>
    private abstract record PageProblem
    {
        public sealed record Malformed(string What) : PageProblem;

        public sealed record Elsewhere(string Link) : PageProblem;
    }

    /// <summary>One GET; the body, read up to <see cref="MaxPageBytes"/>, or null after reporting why there is none.</summary>
    private static byte[]? Fetch(HttpClient client, Uri page, LrsRequest lrs, DiagnosticBag diagnostics, SourceSpan at, int number)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, page);
        request.Headers.Add("X-Experience-API-Version", "1.0.3");
        request.Headers.Accept.ParseAdd("application/json");
        if (!string.IsNullOrEmpty(lrs.Authorization)
            && (lrs.Authorization.Any(char.IsControl) || !request.Headers.TryAddWithoutValidation("Authorization", lrs.Authorization)))
        {
            diagnostics.Report(DiagnosticCatalog.LrsFailed, at, lrs.Endpoint, "--auth is not a header value (Basic followed by the key and secret in base64)");
            return null;
        }

        try
        {
            using var response = client.Send(request, HttpCompletionOption.ResponseHeadersRead);
            if ((int)response.StatusCode is >= 300 and < 400)
            {
                diagnostics.Report(DiagnosticCatalog.LrsFailed, at, lrs.Endpoint,
                    $"{(int)response.StatusCode} {response.ReasonPhrase}, a redirect to '{response.Headers.Location}', which is not followed (the key would go with it): give the LRS's own address as --lrs");
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                diagnostics.Report(DiagnosticCatalog.LrsFailed, at, lrs.Endpoint, $"{(int)response.StatusCode} {response.ReasonPhrase}");
                return null;
            }

            if (response.Content.Headers.ContentLength > MaxPageBytes)
            {
                diagnostics.Report(DiagnosticCatalog.LrsPageMalformed, at, lrs.Endpoint, number, TooLarge);
                return null;
            }

            using var stream = response.Content.ReadAsStream();
            var body = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                if (body.Length + read > MaxPageBytes)
                {
                    diagnostics.Report(DiagnosticCatalog.LrsPageMalformed, at, lrs.Endpoint, number, TooLarge);
                    return null;
                }

                body.Write(buffer, 0, read);
            }

            return body.ToArray();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            diagnostics.Report(DiagnosticCatalog.LrsFailed, at, lrs.Endpoint, ex.Message);
            return null;
        }
    }

    /// <summary>Folds a page's statements into the records and finds the next page; null when the page is sound.</summary>
    private static PageProblem? ReadPage(byte[] body, Uri endpoint, LearnerRecords records, ref int statements, out Uri? next)
    {
        next = null;
        JsonDocument page;
        try
        {
            page = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            // The parser's own sentence, without its "Path: … | LineNumber: …" tail: the place is given as line and byte.
            var sentence = ex.Message.Split([" Path: ", " LineNumber: "], StringSplitOptions.None)[0].TrimEnd('.', ' ');
            return new PageProblem.Malformed($"it is not JSON ({sentence}, line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1})");
        }

        using (page)
        {
            var root = page.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new PageProblem.Malformed($"it is a JSON {Kind(root)}, not an object with \"statements\" and \"more\"");
            }

            if (!root.TryGetProperty("statements", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                return new PageProblem.Malformed(list.ValueKind == JsonValueKind.Undefined ? "it has no \"statements\" list"
                    : $"its \"statements\" is a JSON {Kind(list)}, not a list");
            }

            foreach (var statement in list.EnumerateArray())
            {
                if (statement.ValueKind == JsonValueKind.Object && Add(statement, records))
                {
                    statements++;
                }
            }

            if (!root.TryGetProperty("more", out var more) || more.ValueKind == JsonValueKind.Null || more is { ValueKind: JsonValueKind.String } && more.GetString() is "")
            {
                return null;
            }

            if (more.ValueKind != JsonValueKind.String)
            {
                return new PageProblem.Malformed($"its \"more\" is a JSON {Kind(more)} ({Shorten(more.GetRawText())}), not an address");
            }

            var link = more.GetString()!;
            if (!Uri.TryCreate(endpoint, link, out var resolved))
            {
                return new PageProblem.Malformed($"its \"more\" ('{Shorten(link)}') is not an address");
            }

            if (!SameOrigin(resolved, endpoint))
            {
                return new PageProblem.Elsewhere(Shorten(link));
            }

            next = resolved;
            return null;
        }
    }

    /// <summary>Scheme, host and port: where the Authorization header may go.</summary>
    private static bool SameOrigin(Uri link, Uri endpoint) =>
        link.IsAbsoluteUri && link.Scheme == endpoint.Scheme && string.Equals(link.IdnHost, endpoint.IdnHost, StringComparison.OrdinalIgnoreCase)
        && link.Port == endpoint.Port;

    private static string Origin(Uri endpoint) => endpoint.GetLeftPart(UriPartial.Authority);

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => "array",
        JsonValueKind.Number => "number",
        JsonValueKind.String => "string",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => "object",
    };

    /// <summary>Text from the LRS, cut to a length a message can carry, control characters shown as '?'.</summary>
    private static string Shorten(string text)
    {
        var cut = text.Length > 200 ? text[..200] + "…" : text;
        return string.Concat(cut.Select(c => char.IsControl(c) ? '?' : c));
    }

    /// <summary>The endpoint as a folder, so that "statements" resolves below it (…/xAPI/ + statements).</summary>
    private static Uri Folder(Uri endpoint) => endpoint.AbsolutePath.EndsWith('/') ? endpoint : new Uri(endpoint + "/");

    private static bool Add(JsonElement statement, LearnerRecords records)
    {
        var objectId = String(statement, "object", "id");
        if (objectId is null || QuestionIri().Match(objectId) is not { Success: true } match || match.Groups["course"].Value != records.Course.Id)
        {
            return false;
        }

        var learner = Actor(statement);
        var response = (String(statement, "result", "response") ?? "").Replace("[,]", ",", StringComparison.Ordinal).Replace("[.]", ".", StringComparison.Ordinal);
        bool? success = statement.TryGetProperty("result", out var result) && result.ValueKind == JsonValueKind.Object
            && result.TryGetProperty("success", out var s) && s.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? s.GetBoolean()
            : null;
        var time = DateTimeOffset.TryParse(String(statement, "timestamp") ?? String(statement, "stored"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var t)
            ? t.UtcTicks
            : records.AnswerCount;
        var id = $"{match.Groups["section"].Value}.{match.Groups["question"].Value}";
        return records.Add(new AnswerRecord(learner, String(statement, "context", "registration") ?? "", time, id, response, success));
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
