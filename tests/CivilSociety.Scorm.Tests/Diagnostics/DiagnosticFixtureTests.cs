using System.IO.Compression;
using System.Reflection;
using System.Text;
using CivilSociety.Scorm.Cli;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Questions;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Diagnostics;

/// <summary>
/// One fixture per diagnostic code, in <c>Diagnostics/Fixtures/CODE-case/</c>, run through the CLI as a user would,
/// compared with <c>expected.txt</c>: the exit code, then exactly what was printed (no colour).
/// <para>
/// A course fixture starts from <see cref="CourseBuilder"/>'s valid course: <c>files/</c> replaces or adds files,
/// <c>setup.txt</c> does what files in git cannot (delete, grow a file, a symbolic link, a named pipe, a socket, many
/// files, extra arguments, another command than build: <c>command report</c>; <c>zip NAME SPEC</c> appends the zip that
/// <see cref="PackageSpec"/> builds from the fixture's file SPEC: a report download made small, never committed as a bomb). A package
/// fixture is <c>package.txt</c>: the zip's entries, built in memory. <c>UPDATE_GOLDEN=1</c> rewrites expected.txt.
/// </para>
/// </summary>
public sealed class DiagnosticFixtureTests
{
    private static readonly string FixturesRoot = Path.Combine(Repository.Root, "tests", "CivilSociety.Scorm.Tests", "Diagnostics", "Fixtures");

    /// <summary>Codes that cannot be triggered through the tool, each with the reason. Keep it empty when possible.</summary>
    private static readonly Dictionary<string, string> WithoutFixture = new(StringComparer.Ordinal)
    {
        ["SCO8033"] = "the LRS page limit is 20,000 pages, too many for a fixture: Reports/HostileLrsTests reads endless pages with a lower limit",
    };

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var directory in Directory.EnumerateDirectories(FixturesRoot).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            data.Add(directory!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_prints_exactly_the_expected_diagnostics(string name)
    {
        var fixture = Path.Combine(FixturesRoot, name);
        var actual = WithTypesNamed(File.Exists(Path.Combine(fixture, "package.txt")) ? RunPackage(fixture) : RunCourse(fixture));
        var expectedPath = Path.Combine(fixture, "expected.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        actual.Should().Be(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"));
        actual.Should().Contain(name[..7], "a fixture shows the code it is named after");
    }

    /// <summary>
    /// The list of every question type, as the registry gives it (SCO2013's help), is written "{question types}" in
    /// expected.txt: a new type (docs/new-question-type.md) changes no fixture.
    /// </summary>
    private static string WithTypesNamed(string output) =>
        output.Replace(string.Join(", ", QuestionTypeRegistry.All.Select(type => type.Name)), "{question types}", StringComparison.Ordinal);

    [Fact]
    public void Every_code_in_the_catalogue_has_a_fixture()
    {
        var codes = Catalogue().Select(d => d.Id).ToList();
        var fixtures = Directory.EnumerateDirectories(FixturesRoot).Select(d => Path.GetFileName(d)![..7]).ToHashSet(StringComparer.Ordinal);

        codes.Should().OnlyHaveUniqueItems();
        codes.Where(c => !fixtures.Contains(c) && !WithoutFixture.ContainsKey(c)).Should().BeEmpty("every code needs a fixture in Diagnostics/Fixtures");
        fixtures.Should().BeSubsetOf(codes, "a fixture is named after a code of the catalogue");
    }

    /// <summary>
    /// What YamlDotNet says ("did not find expected key", "While parsing a block mapping") is the parser's jargon:
    /// no fixture may show it, and no mistake made by breaking a valid course.yml line by line may either.
    /// </summary>
    private static readonly string[] ParserWording =
    [
        "did not find expected", "while parsing", "while scanning", "mapping values", "block collection", "block mapping",
        "block sequence", "indicator", "plain scalar", "simple key", "flow", "anchor", "tag handle",
        "could not find", "scalar", "documentstart", "streamend",
    ];

    [Fact]
    public void No_fixture_shows_the_yaml_parsers_wording()
    {
        foreach (var expected in Directory.EnumerateFiles(FixturesRoot, "expected.txt", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(expected);
            ParserWording.Where(words => text.Contains(words, StringComparison.OrdinalIgnoreCase))
                .Should().BeEmpty($"{Path.GetFileName(Path.GetDirectoryName(expected))} speaks to an author, not as a YAML parser");
        }
    }

    /// <summary>
    /// What .NET and System.CommandLine say ("End of Central Directory record could not be found", "'&lt;' is an
    /// unexpected token", "Required argument missing") speaks of their inside, not of the author's file.
    /// </summary>
    private static readonly string[] LibraryWording =
    [
        "central directory", "unexpected token", "data at the root level", "required argument missing", "unrecognized command",
        "not recognized", "exception", "is required.",
    ];

    [Fact]
    public void No_fixture_shows_dotnets_or_the_command_line_librarys_wording()
    {
        foreach (var expected in Directory.EnumerateFiles(FixturesRoot, "expected.txt", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(expected);
            LibraryWording.Where(words => text.Contains(words, StringComparison.OrdinalIgnoreCase))
                .Should().BeEmpty($"{Path.GetFileName(Path.GetDirectoryName(expected))} speaks to an author, not as .NET");
        }
    }

    [Fact]
    public void No_mistake_in_course_yml_is_said_in_the_yaml_parsers_words()
    {
        var lines = CourseBuilder.ValidCourseYml.ReplaceLineEndings("\n").Split('\n');
        var mistakes = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            // The slips of a hand editing YAML: a space more or less, a lost colon or dash, a glued value, a stray quote.
            var line = lines[i];
            var variants = new List<string> { " " + line, "  " + line, line.Length > 0 && line[0] == ' ' ? line[1..] : line, line.TrimStart(),
                line.Replace(": ", ":", StringComparison.Ordinal), line.Replace(":", "", StringComparison.Ordinal), line.Replace("- ", "-", StringComparison.Ordinal),
                line.Replace("- ", "", StringComparison.Ordinal), "- " + line, line.Replace(": ", ": 'it's ", StringComparison.Ordinal), line + ": x", "\t" + line.TrimStart(),
                // What a word processor or a web page leaves in pasted text: non-breaking spaces and typographic quotes.
                line.Replace(": ", ":\u00A0", StringComparison.Ordinal), line.Replace("  ", "\u00A0\u00A0", StringComparison.Ordinal),
                line.Replace(": ", ": “", StringComparison.Ordinal) + "”: x" };
            foreach (var variant in variants.Where(v => v != line).Distinct(StringComparer.Ordinal))
            {
                var text = string.Join('\n', lines.Take(i).Append(variant).Concat(lines.Skip(i + 1)));
                var diagnostics = new DiagnosticBag();
                CivilSociety.Scorm.Parsing.YamlMap.Parse(text, "course.yml", 0, ["id", "title", "language", "version", "passing_score", "outcomes", "sections"], diagnostics);
                mistakes.AddRange(diagnostics.ToList()
                    .Where(d => ParserWording.Any(words => (d.Message + " " + d.Help).Contains(words, StringComparison.OrdinalIgnoreCase)))
                    .Select(d => $"line {i + 1} as '{variant}': {d.Message} / {d.Help}"));
            }
        }

        mistakes.Should().BeEmpty();
    }

    /// <summary>A course.yml written as JSON, each of its commas left out in turn: one diagnostic, in JSON's terms, at that place.</summary>
    [Fact]
    public void A_comma_missing_from_a_course_yml_written_as_json_is_one_diagnostic_at_its_place()
    {
        const string json = """
            {
              "id": "test-course",
              "title": "Test course",
              "language": "en",
              "version": "1.0.0",
              "passing_score": 80,
              "outcomes": [{"id": "LO1", "text": "Know it"}, {"id": "LO2", "text": "Do it"}],
              "sections": ["sections/one.md", "sections/two.md"]
            }
            """;
        var lines = json.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].EndsWith(',') )
            {
                continue;
            }

            var text = string.Join('\n', lines.Take(i).Append(lines[i][..^1]).Concat(lines.Skip(i + 1)));
            var diagnostics = new DiagnosticBag();
            CivilSociety.Scorm.Parsing.YamlMap.Parse(text, "course.yml", 0, ["id", "title", "language", "version", "passing_score", "outcomes", "sections"], diagnostics);

            diagnostics.ToList().Should().ContainSingle($"line {i + 1} without its comma is one mistake")
                .Which.Should().Match<Diagnostic>(d => d.Location.Line == i + 1 && d.Location.Column == lines[i].Length && d.Message.Contains("a comma is missing"));
        }
    }

    [Fact]
    public void Every_code_has_a_fix_hint()
    {
        Catalogue().Where(d => string.IsNullOrWhiteSpace(d.Help)).Select(d => d.Id).Should().BeEmpty();
    }

    /// <summary>docs/diagnostics.md is the catalogue, as a table per stage; UPDATE_GOLDEN=1 rewrites it.</summary>
    [Fact]
    public void Docs_diagnostics_md_lists_every_code_with_its_fix()
    {
        var path = Path.Combine(Repository.Root, "docs", "diagnostics.md");
        var expected = DiagnosticsDocument();
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, expected);
        }

        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(expected);
    }

    private static string DiagnosticsDocument()
    {
        var stages = new Dictionary<char, string>
        {
            ['1'] = "Load: reading the course folder",
            ['2'] = "Parse: course.yml, front matter, Markdown and quizzes",
            ['3'] = "Validate: the course's rules",
            ['4'] = "Item writing: the quizzes as a reviewer reads them, in `build` and `civil-scorm check-items` ([item-writing.md](item-writing.md))",
            ['5'] = "Package: writing the zip",
            ['6'] = "Package check: `civil-scorm validate` on any SCORM 1.2 or 2004 zip",
            ['7'] = "Export and coverage: `civil-scorm export-questions` and `coverage`",
            ['8'] = "Report: `civil-scorm report` on Moodle's report downloads and an LRS",
            ['9'] = "Diff: comparing two packages (`civil-scorm diff OLD.zip NEW.zip`, `build --previous OLD.zip`)",
        };
        var text = new StringBuilder("""
            # Diagnostics

            Every problem `civil-scorm` reports has a stable code. The first digit is the stage that finds it. An error
            stops the build (exit code 1) and nothing is written; a warning does not, unless `--warnings-as-errors` is
            given. `{0}`, `{1}`... stand for the names and numbers of the occurrence. The help printed with a
            diagnostic may be more precise than the fix below (a "did you mean", the outcomes that exist).

            This file is generated from `src/CivilSociety.Scorm/Diagnostics/DiagnosticCatalog.*.cs` (one file per stage) by a test
            (`UPDATE_GOLDEN=1 dotnet test --filter Docs_diagnostics_md`); every code has a fixture with its exact output
            in `tests/CivilSociety.Scorm.Tests/Diagnostics/Fixtures/`.

            """.ReplaceLineEndings("\n"));
        foreach (var stage in Catalogue().GroupBy(d => d.Id[3]))
        {
            text.Append($"\n## {stage.Key}xxx {stages[stage.Key]}\n\n| Code | Severity | Message | Fix |\n|---|---|---|---|\n");
            foreach (var d in stage)
            {
                text.Append($"| `{d.Id}` | {d.Severity.ToString().ToLowerInvariant()} | {Cell(d.MessageFormat)} | {Cell(d.Help ?? "")} |\n");
            }
        }

        return text.ToString();
    }

    private static string Cell(string format) =>
        format.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
              .Replace("[", "\\[", StringComparison.Ordinal)   // ![what it shows](path) is an example, not a picture to show
              .Replace(":N0}", "}", StringComparison.Ordinal).Replace(":X2}", "}", StringComparison.Ordinal);

    internal static IReadOnlyList<DiagnosticDescriptor> Catalogue() =>
        [.. typeof(DiagnosticCatalog).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal)];

    private static string RunCourse(string fixture)
    {
        using var course = new CourseBuilder();
        var files = Path.Combine(fixture, "files");
        if (Directory.Exists(files))
        {
            foreach (var file in Directory.EnumerateFiles(files, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(files, f).StartsWith("previous", StringComparison.Ordinal)))
            {
                course.WithBytes(Path.GetRelativePath(files, file).Replace('\\', '/'), File.ReadAllBytes(file));
            }
        }

        string? target = course.Directory;   // null: no folder named, as a user running the tool outside a course
        var command = "build";
        var arguments = new List<string> { "-o", course.OutputPath };
        var kept = new List<IDisposable>();   // what holds a made entry in place until the build has run
        LoopbackLrs? lrs = null;
        var setup = Path.Combine(fixture, "setup.txt");
        foreach (var line in File.Exists(setup) ? File.ReadAllLines(setup) : [])
        {
            var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || parts[0].StartsWith('#'))
            {
                continue;
            }

            var path = parts.Length > 1 ? Path.Combine(course.Directory, parts[1]) : "";
            switch (parts[0])
            {
                case "delete":
                    File.Delete(path);
                    break;
                case "size":   // a sparse file of that many bytes: large without filling the disk
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    using (var stream = new FileStream(path, FileMode.OpenOrCreate))
                    {
                        stream.SetLength(long.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
                    }

                    break;
                case "append-hex":
                    using (var stream = new FileStream(path, FileMode.Append))
                    {
                        stream.Write(Convert.FromHexString(parts[2]));
                    }

                    break;
                case "zip":   // "zip report.ods content.spec": the zip PackageSpec builds from the fixture's file, appended
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    using (var stream = new FileStream(path, FileMode.Append))
                    {
                        stream.Write(PackageSpec.Build(File.ReadAllText(Path.Combine(fixture, parts[2])).ReplaceLineEndings("\n")));
                    }

                    break;
                case "touch":   // an empty file whose name git may not keep as written (a name in decomposed Unicode, as macOS writes)
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllBytes(path, []);
                    break;
                case "symlink":
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.CreateSymbolicLink(path, parts[2]);
                    break;
                case "fifo":     // git stores no pipes, sockets or links: they are made here
                case "socket":
                    if (SpecialFiles.Create(parts[0], path) is { } keep)
                    {
                        kept.Add(keep);
                    }

                    break;
                case "files":    // N empty files in a folder: "files media/many 1001"
                    Directory.CreateDirectory(path);
                    for (var i = 0; i < int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture); i++)
                    {
                        File.WriteAllBytes(Path.Combine(path, $"f{i}.txt"), []);
                    }

                    break;
                case "course":   // "course -": name no folder at all
                    target = parts[1] == "-" ? null : path;
                    break;
                case "lrs":   // an LRS stand-in on loopback serving lrs/1.json, then lrs/N.json for /xapi/page/N ({origin}: its address)
                    lrs = LoopbackLrs.Start(request => new LrsAnswer(200, File.ReadAllText(Path.Combine(fixture, "lrs",
                        (request.Contains("/page/", StringComparison.Ordinal) ? request[(request.LastIndexOf('/') + 1)..] : "1") + ".json"))
                        .Replace("{origin}", lrs!.Origin.ToString().TrimEnd('/'), StringComparison.Ordinal)));
                    kept.Add(lrs);
                    break;
                case "command":   // another command on the course: export-questions, coverage, report
                    command = parts[1];
                    break;
                case "previous":   // build --previous: the default course at version 0.9.0, files/previous/ laid over it
                    kept.Add(BuildPrevious(fixture, course.Directory, parts.Length > 1 ? parts[1] : null));
                    arguments.AddRange(["--previous", Path.Combine(course.Directory, "previous.zip")]);
                    break;
                case "args":
                    arguments = [.. parts.Skip(1).SelectMany(p => p.Split(' ')).Select(a => a.Replace("{course}", course.Directory, StringComparison.Ordinal)
                        .Replace("{lrs}", lrs?.Origin.ToString().TrimEnd('/') ?? "{lrs}", StringComparison.Ordinal))];
                    break;
                default:
                    throw new InvalidOperationException($"{setup}: unknown directive '{parts[0]}'");
            }
        }

        var (exitCode, output) = Run(target is null ? [command, .. arguments] : [command, target, .. arguments]);
        kept.ForEach(entry => entry.Dispose());
        if (lrs is not null)
        {
            output = output.Replace(lrs.Origin.ToString().TrimEnd('/'), "{lrs}", StringComparison.Ordinal);
        }

        return Normalise(exitCode, output, course.Directory, "course");
    }

    /// <summary>
    /// The package learners use before the update: "strip-snapshot" makes it one of an earlier release (no
    /// course-snapshot.json), "not-a-zip" a file that is no package.
    /// </summary>
    private static CourseBuilder BuildPrevious(string fixture, string courseDirectory, string? how)
    {
        var zip = Path.Combine(courseDirectory, "previous.zip");
        var previous = new CourseBuilder().With("course.yml", CourseBuilder.ValidCourseYml.Replace("version: 1.0.0", "version: 0.9.0", StringComparison.Ordinal));
        var overrides = Path.Combine(fixture, "files", "previous");
        foreach (var file in Directory.Exists(overrides) ? Directory.EnumerateFiles(overrides, "*", SearchOption.AllDirectories) : [])
        {
            previous.WithBytes(Path.GetRelativePath(overrides, file).Replace('\\', '/'), File.ReadAllBytes(file));
        }

        if (how == "not-a-zip")
        {
            File.WriteAllText(zip, "not a zip");
            return previous;
        }

        var (exitCode, output) = Run(["build", previous.Directory, "-o", zip]);
        exitCode.Should().Be(0, output);
        if (how == "strip-snapshot")
        {
            using var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Update);
            archive.GetEntry("course-snapshot.json")!.Delete();
        }

        return previous;
    }

    private static string RunPackage(string fixture)
    {
        using var temp = new TempDirectory();
        var zipPath = temp.File("package.zip");
        File.WriteAllBytes(zipPath, PackageSpec.Build(File.ReadAllText(Path.Combine(fixture, "package.txt")).ReplaceLineEndings("\n")));
        var (exitCode, output) = Run(["validate", zipPath]);
        return Normalise(exitCode, output, zipPath, "package.zip");
    }

    private static (int ExitCode, string Output) Run(string[] args)
    {
        // One writer for both streams: the order the user sees in a terminal.
        var writer = new StringWriter();
        var exitCode = CliApplication.Run(args, writer, writer);
        return (exitCode, writer.ToString());
    }

    /// <summary>The package's size in build's summary line changes with the runtime: written {size}.</summary>
    private static string Normalise(int exitCode, string output, string path, string placeholder) =>
        $"exit {exitCode}\n" + System.Text.RegularExpressions.Regex.Replace(
            output.Replace(path, placeholder, StringComparison.Ordinal).ReplaceLineEndings("\n"), @"(?<=outcomes?, )\d+(\.\d)? [KM]B$", "{size}",
            System.Text.RegularExpressions.RegexOptions.Multiline);
}

/// <summary>
/// A zip described as text, built in memory: <c>schemas</c> adds the four SCORM 1.2 schema files (<c>schemas2004</c>:
/// the SCORM 2004 4th edition ones); <c>== NAME</c>
/// starts an entry whose content is the lines up to the next <c>==</c>; a suffix in brackets makes the content
/// instead: <c>[zeros N]</c> N zero bytes (a bomb by ratio), <c>[random N]</c> N incompressible letters,
/// <c>[many N]</c> N empty entries named NAME-0, NAME-1..., <c>[nested N]</c> a manifest with N nested elements, <c>[zero-files N SIZE]</c> N entries of SIZE zeros. <c>raw</c> on the first line: the text itself, not a zip.
/// Names may hold \uXXXX escapes (control characters); <c>encrypt-first</c> sets the first entry's encryption flag;
/// <c>[symlink TARGET]</c> makes a Unix symbolic link entry pointing at TARGET.
/// </summary>
internal static class PackageSpec
{
    public static byte[] Build(string spec)
    {
        if (spec.StartsWith("raw\n", StringComparison.Ordinal))
        {
            return Encoding.UTF8.GetBytes(spec[4..]);
        }

        var entries = new List<(string Name, byte[] Content)>();
        var encryptFirst = false;
        var symlinks = new HashSet<string>(StringComparer.Ordinal);
        string? name = null;
        var content = new StringBuilder();
        void Flush()
        {
            if (name is not null)
            {
                entries.Add((name, Encoding.UTF8.GetBytes(content.ToString())));
            }

            name = null;
            content.Clear();
        }

        foreach (var line in spec.Split('\n'))
        {
            if (line == "encrypt-first" && name is null)
            {
                encryptFirst = true;
            }
            else if (line is "schemas" or "schemas2004" && name is null)
            {
                var folder = line == "schemas" ? Path.Combine(Repository.Root, "packaging", "schemas") : Scorm2004SchemaFiles.Folder;
                foreach (var schema in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
                {
                    entries.Add((Path.GetFileName(schema), File.ReadAllBytes(schema)));
                }
            }
            else if (line.StartsWith("== ", StringComparison.Ordinal))
            {
                Flush();
                var header = System.Text.RegularExpressions.Regex.Replace(line[3..], @"\\u([0-9A-Fa-f]{4})",
                    m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
                var bracket = header.IndexOf(" [", StringComparison.Ordinal);
                if (bracket < 0)
                {
                    name = header;
                    continue;
                }

                var entryName = header[..bracket];
                var words = header[(bracket + 2)..].TrimEnd(']').Split(' ');
                if (words[0] == "symlink")
                {
                    symlinks.Add(entryName);
                    entries.Add((entryName, Encoding.UTF8.GetBytes(words[1])));
                    continue;
                }

                var count = int.Parse(words[1], System.Globalization.CultureInfo.InvariantCulture);
                switch (words[0])
                {
                    case "zeros":
                        entries.Add((entryName, new byte[count]));
                        break;
                    case "random":
                        var random = new Random(42);
                        entries.Add((entryName, [.. Enumerable.Range(0, count).Select(_ => (byte)random.Next('a', 'z' + 1))]));
                        break;
                    case "zero-files":   // [zero-files N SIZE]: N entries of SIZE zero bytes, each below the ratio check
                        var size = int.Parse(words[2], System.Globalization.CultureInfo.InvariantCulture);
                        var zeros = new byte[size];
                        entries.AddRange(Enumerable.Range(0, count).Select(i => ($"{entryName}-{i}", zeros)));
                        break;
                    case "nested":   // [nested N]: a manifest root holding N elements, each inside the one before
                        var nested = new StringBuilder("<?xml version=\"1.0\"?>\n<manifest xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\">\n");
                        nested.Insert(nested.Length, "<a>", count).Insert(nested.Length, "</a>", count).Append("\n</manifest>\n");
                        entries.Add((entryName, Encoding.UTF8.GetBytes(nested.ToString())));
                        break;
                    case "many":
                        entries.AddRange(Enumerable.Range(0, count).Select(i => ($"{entryName}-{i}", Array.Empty<byte>())));
                        break;
                    default:
                        throw new InvalidOperationException($"unknown generator '{words[0]}'");
                }
            }
            else if (name is not null)
            {
                content.Append(line).Append('\n');
            }
        }

        Flush();
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (entryName, bytes) in entries)
            {
                var entry = zip.CreateEntry(entryName, CompressionLevel.Optimal);
                if (symlinks.Contains(entryName))
                {
                    entry.ExternalAttributes = unchecked((int)(0xA1FFu << 16));   // lrwxrwxrwx
                }

                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }

        var zipBytes = memory.ToArray();
        if (encryptFirst)
        {
            // Bit 0 of the general purpose flags, in the first local header and the first central directory header.
            SetFlag(zipBytes, FindSignature(zipBytes, [0x50, 0x4B, 0x03, 0x04]) + 6);
            SetFlag(zipBytes, FindSignature(zipBytes, [0x50, 0x4B, 0x01, 0x02]) + 8);
        }

        return zipBytes;
    }

    private static int FindSignature(byte[] bytes, byte[] signature) => bytes.AsSpan().IndexOf(signature);

    private static void SetFlag(byte[] bytes, int offset) => bytes[offset] |= 1;
}
