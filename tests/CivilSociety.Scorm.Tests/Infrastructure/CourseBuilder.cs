using System.Text;

namespace CivilSociety.Scorm.Tests.Infrastructure;

/// <summary>Writes a small course to a temp folder: a valid one by default, with any file replaced for a test.</summary>
internal sealed class CourseBuilder : IDisposable
{
    public const string ValidCourseYml = """
        id: test-course
        title: Test course
        language: en
        version: 1.0.0
        passing_score: 80
        outcomes:
          - id: LO1
            text: Know the first thing
          - id: LO2
            text: Know the second thing
            outcomes:
              - id: LO2.1
                text: A part of the second thing
        sections:
          - sections/one.md
          - sections/two.md
        """;

    public const string SectionOne = """
        ---
        id: one
        title: Section one
        outcomes: [LO1]
        ---

        Some text about the *first* thing.

        ::: quiz
        ### Which is first? {#q1 outcomes="LO1"}

        - [x] The first
          > Yes.
        - [ ] The second
          > No, that is the second.

        > correct: Well done.
        > incorrect: Read again.
        :::
        """;

    public const string SectionTwo = """
        ---
        id: two
        title: Section two
        outcomes: [LO2]
        ---

        Text about the second thing.

        ::: quiz
        ### Pick the parts {#q1 outcomes="LO2 LO2.1" type=multiple weight=2}

        - [x] Part A
        - [x] Part B
        - [ ] Not a part
        :::
        """;

    private readonly TempDirectory _directory = new();

    public CourseBuilder()
    {
        With("course.yml", ValidCourseYml);
        With("sections/one.md", SectionOne);
        With("sections/two.md", SectionTwo);
    }

    public string Directory => _directory.Path;

    public CourseBuilder With(string relativePath, string text) => WithBytes(relativePath, Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n")));

    public CourseBuilder WithBytes(string relativePath, byte[] bytes)
    {
        var path = _directory.File(relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public CourseBuilder Without(string relativePath)
    {
        File.Delete(_directory.File(relativePath));
        return this;
    }

    public string OutputPath => _directory.File("out/course.zip");

    public CompileResult Compile(bool warningsAsErrors = false) =>
        CourseCompiler.Compile(new CompileOptions(Directory, OutputPath) { WarningsAsErrors = warningsAsErrors });

    public void Dispose() => _directory.Dispose();
}
