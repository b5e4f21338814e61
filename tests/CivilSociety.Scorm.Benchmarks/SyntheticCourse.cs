using System.Globalization;
using System.Text;

namespace CivilSociety.Scorm.Benchmarks;

/// <summary>
/// Writes a large, valid course for benchmarks: per unit of <c>scale</c>, 300 sections of text (paragraphs, a list,
/// now and then a table, a link to the next section, one image) and 30 MB of images, half JPEG and half PNG.
/// The same seed gives the same bytes.
/// </summary>
/// <remarks>
/// Every section carries ten questions. At scale 1 every section's questions are a real quiz: the keyed saved state by
/// quiz (packaging/runtime/src/state/v5.js) of 300 ten-question quizzes takes 4,057 of the 4,096 characters SCORM 1.2's
/// cmi.suspend_data holds (the compact one would take about 2,200). At larger scales no state could hold them all
/// (SCO3034, see SuspendDataBudget): as many sections as the compact state allows, spread evenly, get a quiz; the others carry the same ten questions as plain Markdown (a review list), so
/// the Markdown to parse and render still grows with the scale.
/// </remarks>
internal static class SyntheticCourse
{
    public const int SectionsPerScale = 300;
    public const int QuestionsPerSection = 10;
    public const int ImageBytesPerScale = 30 * 1024 * 1024;
    private const int Outcomes = 10;
    private const int SuspendDataLimit = 4096;

    private static readonly string[] Words =
    [
        "civil", "society", "network", "victim", "support", "shelter", "report", "court", "media", "academic",
        "faith", "business", "public", "awareness", "referral", "partner", "state", "policy", "research", "training",
        "outreach", "community", "survivor", "evidence", "protection", "prevention", "cooperation", "service", "legal", "aid",
    ];

    /// <summary>What was written.</summary>
    public sealed record Summary(int Sections, int Quizzes, int QuizQuestions, int Images, long ImageBytes);

    /// <param name="imageBytesPerScale">The images' bytes per unit of scale (the browser test wants them small).</param>
    public static Summary Write(string directory, int scale = 1, int seed = 20261201, int imageBytesPerScale = ImageBytesPerScale)
    {
        var random = new Random(seed);
        var sections = SectionsPerScale * scale;
        var quizzes = QuizzesThatFit(sections);
        var imageBytes = (int)((long)imageBytesPerScale * scale / sections);
        Directory.CreateDirectory(Path.Combine(directory, "sections"));
        Directory.CreateDirectory(Path.Combine(directory, "media"));

        var sectionPaths = new List<string>();
        var quizCount = 0;
        for (var i = 0; i < sections; i++)
        {
            // Spread the quizzes evenly over the course.
            var hasQuiz = (long)(i + 1) * quizzes / sections > (long)i * quizzes / sections;
            quizCount += hasQuiz ? 1 : 0;
            var image = $"img-{i + 1:D5}.{(i % 2 == 0 ? "jpg" : "png")}";
            var bytes = i % 2 == 0 ? FakeMedia.Jpeg(random, imageBytes) : FakeMedia.Png(random, imageBytes);
            File.WriteAllBytes(Path.Combine(directory, "media", image), bytes);

            var path = $"sections/{i + 1:D5}.md";
            var next = i + 1 < sections ? $"{i + 2:D5}.md" : null;
            File.WriteAllText(Path.Combine(directory, path), Section(random, i, image, next, hasQuiz), Utf8);
            sectionPaths.Add(path);
        }

        File.WriteAllText(Path.Combine(directory, "course.yml"), CourseYml(scale, sectionPaths), Utf8);
        return new Summary(sections, quizCount, quizCount * QuestionsPerSection, sections, (long)imageBytes * sections);
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// The quizzes whose worst-case state fits, in the compact saved state's bits (docs/runtime-contract.md): the
    /// marker's character, then 24 bits of fingerprint, a bit per section, the bookmark and the registration's flag;
    /// per quiz 11 bits of attempts (unlimited: up to 1295), 1 checked and 3 per four-choice question.
    /// </summary>
    private static int QuizzesThatFit(int sections)
    {
        const int bitsPerCharacter = 6, marker = 1;
        var fixedBits = 24 + sections + BitsToHold(sections) + 1;
        var perQuiz = 11 + 1 + (QuestionsPerSection * BitsToHold(4 + 1));
        return Math.Min(sections, (((SuspendDataLimit - marker) * bitsPerCharacter) - fixedBits) / perQuiz);
    }

    private static int BitsToHold(int values)
    {
        var bits = 0;
        while ((1 << bits) < values)
        {
            bits++;
        }

        return bits;
    }

    private static string CourseYml(int scale, IEnumerable<string> sectionPaths)
    {
        var yml = new StringBuilder();
        yml.Append(CultureInfo.InvariantCulture, $"id: synthetic-x{scale}\n");
        yml.Append(CultureInfo.InvariantCulture, $"title: Synthetic course x{scale}\n");
        yml.Append("language: en\nversion: 1.0.0\norganisation: Benchmarks\npassing_score: 70\noutcomes:\n");
        for (var o = 1; o <= Outcomes; o++)
        {
            yml.Append(CultureInfo.InvariantCulture, $"  - id: LO{o}\n    text: Outcome number {o} of the synthetic course\n");
        }

        yml.Append("sections:\n");
        foreach (var path in sectionPaths)
        {
            yml.Append("  - ").Append(path).Append('\n');
        }

        return yml.ToString();
    }

    private static string Section(Random random, int index, string image, string? next, bool hasQuiz)
    {
        var md = new StringBuilder();
        var number = index + 1;
        md.Append(CultureInfo.InvariantCulture, $"---\nid: s{number:D5}\ntitle: Section {number} on {Sentence(random, 3)}\noutcomes: [LO{(index % Outcomes) + 1}]\n---\n\n");
        for (var p = 0; p < 3; p++)
        {
            md.Append(Sentence(random, 25)).Append(". *").Append(Sentence(random, 4)).Append("* and **")
                .Append(Sentence(random, 3)).Append("**, ").Append(Sentence(random, 20)).Append(".\n\n");
        }

        md.Append(CultureInfo.InvariantCulture, $"![Figure {number}: {Sentence(random, 4)}](../media/{image})\n\n");
        md.Append("## Key points\n\n");
        for (var item = 0; item < 5; item++)
        {
            md.Append("- ").Append(Sentence(random, 8)).Append('\n');
        }

        if (index % 10 == 0)
        {
            md.Append("\n| Actor | Role | Example |\n| --- | --- | --- |\n");
            for (var row = 0; row < 4; row++)
            {
                md.Append("| ").Append(Sentence(random, 1)).Append(" | ").Append(Sentence(random, 4)).Append(" | ")
                    .Append(Sentence(random, 3)).Append(" |\n");
            }
        }

        if (next is not null)
        {
            md.Append(CultureInfo.InvariantCulture, $"\nRead on in [the next section]({next}).\n");
        }

        md.Append('\n').Append(hasQuiz ? Quiz(random, index) : Review(random, index));
        return md.ToString();
    }

    private static string Quiz(Random random, int index)
    {
        var md = new StringBuilder("::: quiz\n");
        for (var q = 1; q <= QuestionsPerSection; q++)
        {
            var correct = random.Next(4);
            md.Append(CultureInfo.InvariantCulture, $"### {Sentence(random, 9)}? {{#q{q} outcomes=\"LO{((index + q) % Outcomes) + 1}\" type=single}}\n\n");
            for (var c = 0; c < 4; c++)
            {
                md.Append(c == correct ? "- [x] " : "- [ ] ").Append(Sentence(random, 5)).Append(' ').Append(c + 1).Append('\n');
                if (c != correct)
                {
                    md.Append("  > ").Append(Sentence(random, 8)).Append(".\n");
                }
            }

            md.Append("\n> correct: ").Append(Sentence(random, 6)).Append(".\n> incorrect: ").Append(Sentence(random, 6)).Append(".\n\n");
        }

        return md.Append(":::\n").ToString();
    }

    /// <summary>The same ten questions as ordinary Markdown, where no quiz fits the suspend_data budget.</summary>
    private static string Review(Random random, int index)
    {
        var md = new StringBuilder("## Review\n\n");
        for (var q = 1; q <= QuestionsPerSection; q++)
        {
            md.Append(q).Append(". ").Append(Sentence(random, 9)).Append(CultureInfo.InvariantCulture, $"? (LO{((index + q) % Outcomes) + 1})\n");
            for (var c = 0; c < 4; c++)
            {
                md.Append("   - ").Append(Sentence(random, 5)).Append(' ').Append(c + 1).Append('\n');
            }
        }

        return md.ToString();
    }

    private static string Sentence(Random random, int words)
    {
        var text = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            text.Append(w == 0 ? "" : " ").Append(Words[random.Next(Words.Length)]);
        }

        return text.ToString();
    }
}
