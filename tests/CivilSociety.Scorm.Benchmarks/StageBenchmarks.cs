using BenchmarkDotNet.Attributes;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Packaging;
using CivilSociety.Scorm.Parsing;
using CivilSociety.Scorm.Rendering;
using CivilSociety.Scorm.Validation;

namespace CivilSociety.Scorm.Benchmarks;

/// <summary>
/// Each stage of <see cref="CourseCompiler.Compile"/> on its own, fed the previous stage's output made once in
/// setup: the real course and the synthetic 300-section course (30 MB of images), and the whole compile.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private string _courseDirectory = "";
    private string _workDirectory = "";
    private CourseSources _sources = null!;
    private Course _course = null!;
    private RenderedCourse _rendered = null!;

    [Params("real", "synthetic-300")]
    public string Course { get; set; } = "real";

    [GlobalSetup]
    public void Setup()
    {
        _workDirectory = Path.Combine(Path.GetTempPath(), "civil-scorm-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_workDirectory);
        if (Course == "real")
        {
            _courseDirectory = RepositoryPaths.RealCourse;
        }
        else
        {
            _courseDirectory = Path.Combine(_workDirectory, "course");
            SyntheticCourse.Write(_courseDirectory);
        }

        var diagnostics = new DiagnosticBag(warningsAsErrors: false);
        _sources = CourseLoader.Load(_courseDirectory, diagnostics);
        _course = CourseParser.Parse(_sources, diagnostics) ?? throw new InvalidOperationException("the course does not parse");
        CourseValidator.Validate(_course, _sources, diagnostics);
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, diagnostics.ToList()));
        }

        _rendered = CourseRenderer.Render(_course, _sources, PackageTarget.Scorm12);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_workDirectory, recursive: true);

    [Benchmark]
    public object Load() => CourseLoader.Load(_courseDirectory, new DiagnosticBag(false));

    [Benchmark]
    public object? Parse() => CourseParser.Parse(_sources, new DiagnosticBag(false));

    [Benchmark]
    public bool Validate()
    {
        var diagnostics = new DiagnosticBag(false);
        CourseValidator.Validate(_course, _sources, diagnostics);
        return diagnostics.HasErrors;
    }

    [Benchmark]
    public object Render() => CourseRenderer.Render(_course, _sources, PackageTarget.Scorm12);

    [Benchmark]
    public string? Package() => ScormPackager.Write(_rendered, Path.Combine(_workDirectory, "package.zip"), new DiagnosticBag(false));

    [Benchmark]
    public CompileResult Compile() => CourseCompiler.Compile(new CompileOptions(_courseDirectory, Path.Combine(_workDirectory, "compiled.zip")));
}
