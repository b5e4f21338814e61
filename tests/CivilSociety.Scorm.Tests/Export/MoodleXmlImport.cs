using System.Globalization;
using System.Xml.Linq;

namespace CivilSociety.Scorm.Tests.Export;

/// <summary>
/// A Moodle XML file checked along the paths question/format/xml/format.php reads, per type (import_headers,
/// import_answer, import_multichoice, import_truefalse, import_shortanswer, import_numerical, import_match,
/// qtype_ordering::import_from_xml, import_category), and against what the import then refuses: a grade Moodle does
/// not list, a multichoice whose grades do not reach 100%, a file the text points at but the file does not carry.
/// </summary>
internal static class MoodleXmlImport
{
    private static readonly string[] Formats = ["html", "moodle_auto_format", "plain_text", "markdown"];
    private static readonly string[] Numberings = ["abc", "ABCD", "123", "iii", "IIII", "none"];

    /// <summary>The problems, each naming its question; and the type, fractions and single flag of each question by id number.</summary>
    public static (List<string> Problems, Dictionary<string, (string Type, decimal[] Fractions, bool Single)> Questions) Read(XDocument document)
    {
        var problems = new List<string>();
        var questions = new Dictionary<string, (string, decimal[], bool)>();
        var idsInCategory = new HashSet<string>();
        foreach (var question in document.Root!.Elements("question"))
        {
            var type = (string?)question.Attribute("type") ?? "";
            if (type == "category")
            {
                var path = Text(question.Element("category")) ?? "";
                Expect(path.StartsWith("$course$/top/", StringComparison.Ordinal) && path.Split('/').Length >= 4, $"category '{path}'", problems);
                idsInCategory.Clear();
                continue;
            }

            var id = (string?)question.Element("idnumber") ?? "";
            void Check(bool condition, string what) => Expect(condition, $"{id} ({type}): {what}", problems);
            Check(idsInCategory.Add(id), "its id number is unique in its category");
            Check(!string.IsNullOrWhiteSpace(Text(question.Element("name"))), "has a name");
            Check(Formats.Contains((string?)question.Element("questiontext")?.Attribute("format")), "questiontext has a format Moodle knows");
            foreach (var htmlText in question.Descendants().Where(e => e.Attribute("format") is not null))
            {
                CheckFiles(htmlText, Check);
            }

            var answers = question.Elements("answer").ToList();
            var fractions = answers.Select(a => decimal.Parse((string?)a.Attribute("fraction") ?? "0", CultureInfo.InvariantCulture) / 100m).ToArray();
            var single = TransSingle((string?)question.Element("single") ?? "true");
            switch (type)
            {
                case "multichoice":
                    Check(Numberings.Contains((string?)question.Element("answernumbering") ?? "abc"), "answernumbering is one Moodle offers");
                    Check(answers.Count >= 2 && answers.All(a => a.Element("text") is not null), "two answers or more, each with a text");
                    Check(fractions.All(MoodleGrades.IsListed), "every grade is one Moodle lists");
                    Check(single ? fractions.Max() == 1m : Math.Round(fractions.Where(f => f > 0).Sum(), 2) == 1m, "the right answers add up to 100%");
                    break;
                case "truefalse":
                    Check(answers.Select(Text).Order().SequenceEqual(["false", "true"]), "answers 'true' and 'false'");
                    Check(fractions.Count(f => f == 1m) == 1 && fractions.Count(f => f == 0m) == 1, "one right answer");
                    break;
                case "shortanswer":
                    Check(fractions.Contains(1m) && fractions.All(MoodleGrades.IsListed), "an answer with 100% and listed grades");
                    Check((string?)question.Element("usecase") is "0" or "1", "usecase 0 or 1");
                    break;
                case "numerical":
                    Check(fractions.Contains(1m) && fractions.All(MoodleGrades.IsListed), "an answer with 100% and listed grades");
                    Check(answers.All(a => Text(a) == "*" || IsNumber(Text(a))) && answers.All(a => a.Element("tolerance") is null || IsNumber((string?)a.Element("tolerance"))),
                        "answers and tolerances are numbers");
                    break;
                case "matching":
                    var subquestions = question.Elements("subquestion").ToList();
                    Check(subquestions.Count >= 2 && subquestions.All(s => !string.IsNullOrWhiteSpace(Text(s.Element("answer")))), "two pairs or more, each with an answer text");
                    break;
                case "ordering":
                    Check((string?)question.Element("layouttype") is "VERTICAL" or "HORIZONTAL", "a layout type");
                    Check((string?)question.Element("selecttype") is "ALL" or "RANDOM" or "CONTIGUOUS", "a select type");
                    Check(answers.Count >= 2, "two items or more");
                    break;
                default:
                    Check(false, "a type Moodle imports without a plugin");
                    break;
            }

            foreach (var tag in question.Element("tags")?.Elements("tag") ?? [])
            {
                var name = Text(tag) ?? "";
                Check(name.Length is > 0 and <= 50 && !name.Contains(',', StringComparison.Ordinal), $"tag '{name}' fits Moodle's tag names");
            }

            questions[id] = (type, fractions, single);
        }

        return (problems, questions);
    }

    /// <summary>Each @@PLUGINFILE@@/name the text shows is a file of the same element (import_text_with_files).</summary>
    private static void CheckFiles(XElement htmlText, Action<bool, string> check)
    {
        var text = Text(htmlText) ?? "";
        var files = htmlText.Elements("file").Select(f => (string?)f.Attribute("name")).ToHashSet();
        foreach (var part in text.Split("@@PLUGINFILE@@/").Skip(1))
        {
            var name = Uri.UnescapeDataString(new string([.. part.TakeWhile(c => c is not ('"' or '\'' or ' ' or '>'))]));
            check(files.Contains(name), $"{htmlText.Name.LocalName} carries the file {name}");
        }

        check(htmlText.Elements("file").All(f => (string?)f.Attribute("encoding") == "base64" && (string?)f.Attribute("path") == "/"), "files are base64 in /");
    }

    /// <summary>import_text: the first text child's content, trimmed.</summary>
    private static string? Text(XElement? element) => element?.Element("text")?.Value.Trim();

    /// <summary>qformat_xml::trans_single: "false" or empty is no, anything else yes.</summary>
    private static bool TransSingle(string value) => value.Trim() is not ("false" or "" or "0");

    private static bool IsNumber(string? text) => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static void Expect(bool condition, string what, List<string> problems)
    {
        if (!condition)
        {
            problems.Add(what);
        }
    }
}
