using System.Globalization;
using BenchmarkDotNet.Running;
using CivilSociety.Scorm.Benchmarks;

// generate DIR [--scale N] [--seed N]: writes the synthetic course (scripts/bench.sh); report-course DIR,
// report-lrs [--statements N] [--learners N] [--port N], report-moodle FILE [--learners N]: what `report` is timed on;
// anything else goes to BenchmarkDotNet, e.g. --filter '*' or --list flat.
if (args is ["generate", var directory, .. var rest])
{
    var scale = Option(rest, "--scale", 1);
    var summary = SyntheticCourse.Write(directory, scale, Option(rest, "--seed", 20261201));
    Console.WriteLine($"{directory}: {summary.Sections} sections, {summary.Quizzes} quizzes ({summary.QuizQuestions} questions), " +
                      $"{summary.Images} images ({summary.ImageBytes / (1024 * 1024)} MB)");
    return 0;
}

// The report's benchmark (scripts/bench.sh): its course, its LRS on loopback (until killed), its Moodle download.
if (args is ["report-course", var courseDirectory])
{
    ReportBench.WriteCourse(courseDirectory);
    return 0;
}

if (args is ["report-lrs", .. var lrsOptions])
{
    ReportBench.ServeLrs(Option(lrsOptions, "--statements", 100_000), Option(lrsOptions, "--learners", 10_000), Option(lrsOptions, "--port", 0));
    return 0;
}

if (args is ["report-moodle", var downloadPath, .. var moodleOptions])
{
    ReportBench.WriteMoodleDownload(downloadPath, Option(moodleOptions, "--learners", 10_000));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);
return 0;

static int Option(string[] args, string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
