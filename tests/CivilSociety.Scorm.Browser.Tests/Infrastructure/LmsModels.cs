using System.Text.Json;
using System.Xml.Linq;
using CivilSociety.Scorm.Testing;

namespace CivilSociety.Scorm.Browser.Tests.Infrastructure;

/// <summary>One call the SCO made on <c>window.API</c>, as the test LMS recorded it.</summary>
/// <param name="Seq">0-based order of the call.</param>
/// <param name="Method">LMSInitialize, LMSSetValue, …</param>
/// <param name="Args">The arguments, as strings.</param>
/// <param name="Result">The return value as a string ("true", "false", a value).</param>
/// <param name="Error">The API's last error code right after the call ("0" = no error).</param>
/// <param name="Threw">The message when the API method threw (it never should).</param>
public sealed record LmsCall(int Seq, string Method, IReadOnlyList<string> Args, string? Result, string? Error, string? Threw)
{
    /// <summary>The error-reporting calls, whose own error code means nothing.</summary>
    public bool IsErrorQuery => Method is "LMSGetLastError" or "LMSGetErrorString" or "LMSGetDiagnostic" or "GetLastError" or "GetErrorString" or "GetDiagnostic";

    public override string ToString() =>
        $"#{Seq} {Method}({string.Join(", ", Args.Select(a => JsonSerializer.Serialize(a)))}) -> {JsonSerializer.Serialize(Result)} error {Error}" +
        (Threw is null ? string.Empty : $" THREW {Threw}");
}

/// <summary>The test LMS's view of the session.</summary>
public sealed record LmsState(bool Started, bool Initialized, bool Terminated, IReadOnlyDictionary<string, string> Cmi)
{
    /// <summary>A CMI value ("" when the element is absent or empty).</summary>
    public string this[string element] => Cmi.TryGetValue(element, out var value) ? value : string.Empty;

    /// <summary>The objectives (cmi.objectives.n.*), by index.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Objectives => Collection("cmi.objectives.");

    /// <summary>The interactions (cmi.interactions.n.*), by index.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Interactions => Collection("cmi.interactions.");

    private List<IReadOnlyDictionary<string, string>> Collection(string prefix)
    {
        var byIndex = new SortedDictionary<int, Dictionary<string, string>>();
        foreach (var (key, value) in Cmi)
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = key[prefix.Length..];
            var dot = rest.IndexOf('.', StringComparison.Ordinal);
            if (dot <= 0 || !int.TryParse(rest[..dot], out var index))
            {
                continue;
            }

            if (!byIndex.TryGetValue(index, out var fields))
            {
                byIndex[index] = fields = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            fields[rest[(dot + 1)..]] = value;
        }

        return byIndex.Values.Cast<IReadOnlyDictionary<string, string>>().ToList();
    }
}

/// <summary>What to tell the SCO at launch.</summary>
public sealed record LmsLaunch
{
    /// <summary><c>cmi.student_data.mastery_score</c> (null: none, as when the manifest has none).</summary>
    public string? MasteryScore { get; init; }

    /// <summary><c>cmi.core.entry</c>: "ab-initio" on a first attempt, "resume" after a suspended one.</summary>
    public string Entry { get; init; } = "ab-initio";

    /// <summary>"1.2" (window.API, scorm-again's Scorm12API) or "2004" (window.API_1484_11, its Scorm2004API).</summary>
    public string Standard { get; init; } = "1.2";

    /// <summary>More LMS-provided values, e.g. the earlier run's data on a relaunch.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>A first launch, with the package's own mastery score, as Moodle sends it.</summary>
    public static LmsLaunch FirstAttempt(ScormPackage package) => new() { MasteryScore = package.MasteryScore };

    /// <summary>
    /// A first launch of a SCORM 2004 package as Moodle 4.5 makes it: cmi.scaled_passing_score and cmi.objectives.n.id
    /// from the package's manifest by Moodle's own rules (<see cref="MoodleScorm2004Launch"/>), returned beside it.
    /// </summary>
    public static (LmsLaunch Launch, MoodleScorm2004Launch Moodle) Moodle2004(ScormPackage package)
    {
        var moodle = MoodleScorm2004Launch.OfFirstSco(XDocument.Load(Path.Combine(package.Directory, "imsmanifest.xml")));
        var launch = new LmsLaunch
        {
            Standard = "2004",
            MasteryScore = moodle.ScaledPassingScoreText,
            Values = moodle.ObjectiveIds.Select((id, n) => (id, n)).ToDictionary(p => $"cmi.objectives.{p.n}.id", p => p.id),
        };
        return (launch, moodle);
    }

    /// <summary>
    /// A relaunch after <paramref name="previous"/> ended with exit "suspend": what an LMS gives back (bookmark, suspend
    /// data, status, score, objectives, total time) with entry "resume".
    /// </summary>
    public static LmsLaunch Resume(ScormPackage package, LmsState previous)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in new[]
                 {
                     "cmi.core.lesson_location", "cmi.core.lesson_status", "cmi.suspend_data",
                     "cmi.core.score.raw", "cmi.core.score.min", "cmi.core.score.max",
                 })
        {
            if (previous[key] is { Length: > 0 } value)
            {
                values[key] = value;
            }
        }

        // The first session's time becomes the total (it started from zero).
        if (previous["cmi.core.session_time"] is { Length: > 0 } sessionTime)
        {
            values["cmi.core.total_time"] = sessionTime;
        }

        for (var i = 0; i < previous.Objectives.Count; i++)
        {
            foreach (var (field, value) in previous.Objectives[i])
            {
                if (value.Length > 0 && !field.StartsWith('_'))
                {
                    values[$"cmi.objectives.{i}.{field}"] = value;
                }
            }
        }

        return new LmsLaunch { MasteryScore = package.MasteryScore, Entry = "resume", Values = values };
    }
}
