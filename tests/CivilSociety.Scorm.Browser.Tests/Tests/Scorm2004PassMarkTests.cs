using System.Globalization;
using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Testing;
using FluentAssertions;
using static CivilSociety.Scorm.Browser.Tests.Infrastructure.CallLogChecks;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// The real course built with --target scorm2004, launched inside scorm-again's Scorm2004API the way Moodle 4.5
/// launches it: cmi.scaled_passing_score and the cmi.objectives.n.id seeded from the built manifest by Moodle's own
/// rules (<see cref="MoodleScorm2004Launch"/>). A learner above the pass mark ends passed, one below failed, and each
/// outcome is passed or failed by that same pass mark (docs/scorm2004-pass-mark.md).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Scorm2004PassMarkTests(BrowserFixture fixture)
{
    private Task<ScormPackage> PackageAsync() =>
        fixture.CourseAsync(RepositoryPaths.Content, "real-course-2004", o => o with { Target = PackageTarget.Scorm2004 });

    [Fact]
    public async Task A_learner_above_the_pass_mark_ends_passed_and_each_outcome_is_judged_by_the_same_mark()
    {
        // One question wrong: 92.3 % on the real course (12 of 13 points), which a real Moodle 4.5.6 stored as failed
        // before. The question is q-activities, tagged LO2 alone: LO2, which also counts its sub-outcomes' questions,
        // ends at 0.9, between the pass mark and full marks.
        var result = await TakeAsync(course => [course.Questions.Single(q => q.Id == "q-activities").Id]);

        result.Score.Should().BeGreaterThan(result.PassMark);
        result.State["cmi.success_status"].Should().Be("passed", result.Log);
        result.State.Objectives.Should().Contain(o => o["success_status"] == "passed" && o["score.scaled"] != "1",
            "an outcome between the pass mark and full marks is passed (the issue's outcome at 0.8)");
    }

    [Fact]
    public async Task A_learner_below_the_pass_mark_ends_failed()
    {
        // Only the first question right.
        var result = await TakeAsync(course => [.. course.Questions.Skip(1).Select(q => q.Id)]);

        result.Score.Should().BeLessThan(result.PassMark);
        result.State["cmi.success_status"].Should().Be("failed", result.Log);
        result.State.Objectives.Should().Contain(o => o["success_status"] == "failed", result.Log);
    }

    [Fact]
    public async Task A_pass_mark_the_lms_sets_itself_is_honoured_for_the_course_and_every_outcome()
    {
        // An administrator's own pass mark (LMSs such as SCORM Cloud let one override the manifest's): 92.3 % fails 0.95.
        var result = await TakeAsync(course => [course.Questions.First().Id], lmsPassMark: "0.95");

        result.Score.Should().BeGreaterThan(result.CoursePassMark, "the manifest's pass mark would pass it").And.BeLessThan(result.PassMark);
        result.State["cmi.success_status"].Should().Be("failed", result.Log);
    }

    private sealed record Taken(LmsState State, decimal Score, decimal PassMark, decimal CoursePassMark, string Log);

    /// <summary>The whole course, every question right but those <paramref name="wrong"/> names, then the exit button.</summary>
    /// <param name="lmsPassMark">The LMS's own cmi.scaled_passing_score instead of the one Moodle reads from the manifest.</param>
    private async Task<Taken> TakeAsync(Func<CourseData, IReadOnlyCollection<string>> wrong, string? lmsPassMark = null)
    {
        var package = await PackageAsync();
        var (launch, moodle) = LmsLaunch.Moodle2004(package);
        launch = lmsPassMark is null ? launch : launch with { MasteryScore = lmsPassMark };
        await using var session = await LmsSession.OpenAsync(fixture, package, launch);
        await session.WaitForInitializedAsync();
        var learner = await Learner.InAsync(session.Sco);
        var course = learner.Course;
        var wrongIds = wrong(course).ToHashSet(StringComparer.Ordinal);
        moodle.ScaledPassingScore.Should().Be(course.PassingScore / 100m, "Moodle launches the built package with the course's passing score");
        var passMark = decimal.Parse(launch.MasteryScore!, CultureInfo.InvariantCulture);

        await learner.ReadWholeCourseAsync(q => wrongIds.Contains(q.Id) ? Learner.Wrongly(q) : Learner.Correctly(q));
        await learner.ExitButton.ClickAsync();
        await session.WaitForTerminatedAsync();

        var state = await session.StateAsync();
        var log = Describe(await session.CallsAsync());
        state["cmi.scaled_passing_score"].Should().Be(launch.MasteryScore, log);
        var score = Scaled(course.Questions, wrongIds);
        state["cmi.score.scaled"].Should().Be(score.ToString("0.####", CultureInfo.InvariantCulture), log);

        // Each outcome: its questions (its own and its sub-outcomes'), judged against the same pass mark.
        state.Objectives.Select(o => o["id"]).Should().Equal(course.Outcomes.Select(o => o.Id), log);
        foreach (var objective in state.Objectives)
        {
            var questions = course.Questions.Where(q => q.Outcomes.Any(o => IsOrIsUnder(course, o, objective["id"]))).ToList();
            if (questions.Count == 0)
            {
                objective["success_status"].Should().Be("unknown", "{0} has no question", objective["id"]);
                continue;
            }

            var outcomeScore = Scaled(questions, wrongIds);
            objective["score.scaled"].Should().Be(outcomeScore.ToString("0.####", CultureInfo.InvariantCulture), objective["id"]);
            objective["success_status"].Should().Be(outcomeScore >= passMark ? "passed" : "failed", "{0} scored {1} at a pass mark of {2}", objective["id"], outcomeScore, passMark);
        }

        session.PageErrors.Should().BeEmpty();
        return new Taken(state, score, passMark, course.PassingScore / 100m, log);
    }

    /// <summary>The weighted share of <paramref name="questions"/> answered right, as cmi.score.scaled rounds it.</summary>
    private static decimal Scaled(IEnumerable<QuestionData> questions, IReadOnlySet<string> wrong)
    {
        var list = questions.ToList();
        var total = list.Sum(q => q.Weight);
        return Math.Round(list.Where(q => !wrong.Contains(q.Id)).Sum(q => (decimal)q.Weight) / total, 4, MidpointRounding.AwayFromZero);
    }

    private static bool IsOrIsUnder(CourseData course, string outcome, string ancestor)
    {
        for (string? id = outcome; id is not null; id = course.Outcomes.FirstOrDefault(o => o.Id == id)?.Parent)
        {
            if (id == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
