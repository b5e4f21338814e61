using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Packaging;
using CivilSociety.Scorm.Parsing;
using CivilSociety.Scorm.Rendering;
using CivilSociety.Scorm.Validation;

namespace CivilSociety.Scorm;

/// <summary>Compiles a course folder into a SCORM 1.2 zip. The whole pipeline, top to bottom, is <see cref="Compile"/>.</summary>
public static class CourseCompiler
{
    public static CompileResult Compile(CompileOptions options)
    {
        var diagnostics = new DiagnosticBag(options.WarningsAsErrors);
        var sources = CourseLoader.Load(options.CourseDirectory, diagnostics);   // files on disk -> text
        var course = CourseParser.Parse(sources, diagnostics)                     // YAML + Markdown -> model
            ?.WithXapiOverrides(options);
        if (course is not null)
        {
            CourseValidator.Validate(course, sources, diagnostics);              // the course's rules
            XapiRules.FitTarget(course, options.Target, diagnostics);
        }

        if (course is null || diagnostics.HasErrors)
        {
            return CompileResult.Failed(diagnostics);
        }

        var rendered = CourseRenderer.Render(course, sources, options.Target);   // pages, runtime, manifest
        var outputPath = options.OutputPath ?? Path.Combine("out", course.Id + ".zip");
        var packagePath = ScormPackager.Write(rendered, outputPath, diagnostics); // the zip, atomically
        return packagePath is null ? CompileResult.Failed(diagnostics) : CompileResult.Written(packagePath, diagnostics);
    }
}
