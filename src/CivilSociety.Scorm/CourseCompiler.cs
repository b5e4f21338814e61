using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.ItemWriting;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Packaging;
using CivilSociety.Scorm.Parsing;
using CivilSociety.Scorm.Rendering;
using CivilSociety.Scorm.Republishing;
using CivilSociety.Scorm.Translation;
using CivilSociety.Scorm.Validation;

namespace CivilSociety.Scorm;

/// <summary>Compiles a course folder into a SCORM 1.2 zip. The whole pipeline, top to bottom, is <see cref="Compile"/>.</summary>
public static class CourseCompiler
{
    /// <param name="cancellationToken">
    /// Stops the build between stages and while the zip is written (an interrupted command): an
    /// <see cref="OperationCanceledException"/>, with no file written and no temporary file left.
    /// </param>
    public static CompileResult Compile(CompileOptions options, CancellationToken cancellationToken = default)
    {
        var diagnostics = new DiagnosticBag(options.WarningsAsErrors);
        var shell = PageShell.ParseAhead();                                      // the launch page's shell, on the other core
        var sources = CourseLoader.Load(options.CourseDirectory, diagnostics);   // files on disk -> text
        var course = CourseParser.Parse(sources, diagnostics);                    // YAML + Markdown -> model
        if (course is { } parsed && options.Language is { } language && !LanguageVersion.IsCourseLanguage(language, parsed))
        {
            (course, sources) = LanguageVersion.Build(parsed, sources, language, options.StaleToSource, diagnostics); // translations/LANG.xlf
        }

        course = course is null ? null : WithXapiOverrides(course with { Xapi = course.Xapi ?? ForTarget(options.Target, course) }, options);
        cancellationToken.ThrowIfCancellationRequested();
        if (course is not null)
        {
            CourseValidator.Validate(course, sources, diagnostics, options.Target); // the course's rules
            XapiRules.FitTarget(course, options.Target, diagnostics);
        }

        if (course is null || diagnostics.HasReportedErrors)
        {
            return CompileResult.Failed(diagnostics);
        }

        // The page is rendered before the item-writing check reads the quizzes: the check then takes the plain text of
        // every prompt, choice and feedback from the fragments the page was made of, instead of parsing each again
        // (or holding every question's parsed nodes from the check until the page is made). Warnings made errors
        // still stop the build before the zip, with every warning of the check reported.
        cancellationToken.ThrowIfCancellationRequested();
        var markdown = new MarkdownHtml(MarkdownPipelineFactory.Shared);         // one parse of each fragment, for both
        var check = new ItemCheckAlongside(course);                              // the quizzes as a reviewer reads them
        // The check starts on the other core with the plain texts made so far: on each quarter of the sections once
        // they are rendered (the other core has room beside the fragments made ahead), on the last once every quiz is,
        // while the rest of the page and the zip are written; its findings are added before the zip may replace the
        // output. The renderer is copied (ForAnotherThread) on this thread, between two sections, where nothing
        // else changes it.
        var part = Math.Max(course.Sections.Count / 4, 2);
        var rendered = diagnostics.HasErrors ? null : CourseRenderer.Render(course, sources, options.Target, markdown,
            quizzesRendered: () => check.Start(markdown.ForAnotherThread()),   // pages, runtime, manifest
            sectionsRendered: count =>
            {
                if (count % part == 0 && count < course.Sections.Count)
                {
                    check.Start(markdown.ForAnotherThread(), count);
                }
            },
            shell: shell);
        check.Start(markdown);   // no page rendered: nothing else uses the renderer
        string? packagePath;
        try
        {
            packagePath = rendered is null ? null : Package(course, rendered, check, options, diagnostics, cancellationToken);
        }
        finally
        {
            check.Passed(diagnostics);   // its findings are reported whatever else stopped the build
        }

        return packagePath is null
            ? CompileResult.Failed(diagnostics)
            : CompileResult.Written(packagePath, diagnostics, new PackageSummary(
                course.Sections.Count, course.AllQuestions.Count(), course.AllOutcomes.Count(),
                [.. rendered!.BesideThePackage.Select(entry => ScormPackager.CompanionPath(packagePath, entry.Path))]));
    }

    /// <summary>
    /// What the update costs (--previous), then the zip, moved over the output only if the item-writing check found no
    /// error: the path written, or null.
    /// </summary>
    private static string? Package(Course course, RenderedCourse rendered, ItemCheckAlongside check, CompileOptions options, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        if (options.PreviousPackage is { } previous)
        {
            if (!check.Passed(diagnostics))
            {
                return null;
            }

            BuildComparison.Report(course, rendered, previous, diagnostics);   // what the update costs
            if (diagnostics.HasErrors)
            {
                return null;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var outputPath = options.OutputPath ?? Path.Combine(options.OutputFolder ?? "out", course.PackageId + ".zip");
        return ScormPackager.Write(rendered, outputPath, diagnostics, cancellationToken, () => check.Passed(diagnostics)); // the zip, atomically
    }

    /// <summary>
    /// Load, Parse and Validate, for the commands that read a course without building it (export-questions, coverage,
    /// report): the course, or null when it could not be parsed; its errors are in <paramref name="diagnostics"/>.
    /// </summary>
    /// <param name="target">
    /// The package the course is built as (<c>--target</c>), whose rules apply; null: none of the package's saved-state
    /// rules, which do not concern a question bank or a report.
    /// </param>
    internal static (Course? Course, CourseSources Sources) Read(string courseDirectory, DiagnosticBag diagnostics, PackageTarget? target)
    {
        var sources = CourseLoader.Load(courseDirectory, diagnostics);
        var course = CourseParser.Parse(sources, diagnostics);
        if (course is not null)
        {
            CourseValidator.Validate(course, sources, diagnostics, target);
        }

        return (course, sources);
    }

    /// <summary>cmi5 statements need activity ids for the questions and objectives: without an xapi: block, URNs.</summary>
    private static XapiSettings? ForTarget(PackageTarget target, Course course) =>
        target == PackageTarget.Cmi5 ? XapiSettings.ForCmi5(course.Location) : null;

    /// <summary>The course with the xAPI settings given on the command line laid over course.yml's.</summary>
    private static Course WithXapiOverrides(Course course, CompileOptions options)
    {
        if (options.XapiActivityBase is null && options.XapiEndpoint is null && options.XapiAuth is null)
        {
            return course;
        }

        var xapi = course.Xapi ?? new XapiSettings("", null, null, XapiSettings.DefaultHomePage, SendName: false, course.Location);
        return course with
        {
            Xapi = xapi with
            {
                ActivityBase = options.XapiActivityBase?.TrimEnd('/') ?? xapi.ActivityBase,
                Endpoint = options.XapiEndpoint is { } endpoint ? endpoint.TrimEnd('/') + "/" : xapi.Endpoint,
                Auth = options.XapiAuth ?? xapi.Auth,
                FromCommandLine = [.. new[] { ("activity_base", options.XapiActivityBase), ("endpoint", options.XapiEndpoint) }
                    .Where(given => given.Item2 is not null).Select(given => given.Item1)],
            },
        };
    }
}
