using System.Globalization;
using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using CivilSociety.Scorm.Model;
using FluentAssertions;
using static CivilSociety.Scorm.Browser.Tests.Infrastructure.CallLogChecks;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// Every sample, and so every question type, built with --target scorm2004 and answered through the page's own
/// controls inside scorm-again's Scorm2004API, launched as Moodle launches it (the pass mark and the objective ids
/// from the built manifest): the exact cmi.interactions.n.* each type leaves in SCORM 2004's syntax, as
/// <see cref="EveryQuestionTypeTests"/> checks them for SCORM 1.2.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EveryQuestionType2004Tests(BrowserFixture fixture)
{
    public static TheoryData<string> Samples => [.. RepositoryPaths.SampleNames];

    private Task<ScormPackage> SampleAsync(string sample) =>
        fixture.CourseAsync(Path.Combine(RepositoryPaths.Root, "samples", sample), sample + "-2004", o => o with { Target = PackageTarget.Scorm2004 });

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Every_question_type_answered_right_is_passed_and_reports_each_interaction_in_scorm_2004_form(string sample)
    {
        var (state, course, log) = await TakeAsync(sample, Learner.Correctly);

        state["cmi.success_status"].Should().Be("passed", log);
        state["cmi.score.scaled"].Should().Be("1", log);
        ShouldHaveEachInteraction(state, course, Learner.Correctly, "correct", log);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Every_question_type_answered_wrong_is_failed_with_each_interaction_incorrect(string sample)
    {
        var (state, course, log) = await TakeAsync(sample, Learner.Wrongly);

        state["cmi.success_status"].Should().Be("failed", log);
        state["cmi.score.scaled"].Should().Be("0", log);
        ShouldHaveEachInteraction(state, course, Learner.Wrongly, "incorrect", log);
        state.Objectives.Should().OnlyContain(o => o["success_status"] == "failed", log);
    }

    /// <summary>One interaction per question with its exact type, the given answer, the key's pattern and the result.</summary>
    private static void ShouldHaveEachInteraction(LmsState state, CourseData course, Func<QuestionData, IReadOnlyList<string>> given, string result, string log)
    {
        var byId = state.Interactions.ToDictionary(i => i["id"]);
        foreach (var section in course.SectionsWithQuiz)
        {
            foreach (var question in section.Quiz!.Questions)
            {
                var id = $"{section.Id}.{question.Id}";
                byId.Should().ContainKey(id, log);
                var interaction = byId[id];
                interaction["type"].Should().Be(ExpectedType(question), id);
                interaction["learner_response"].Should().Be(ExpectedResponse(question, given(question)), id);
                interaction["correct_responses.0.pattern"].Should().Be(ExpectedPattern(question), id);
                interaction["result"].Should().Be(result, id);
                interaction["weighting"].Should().Be(question.Weight.ToString(CultureInfo.InvariantCulture), id);
            }
        }
    }

    private async Task<(LmsState State, CourseData Course, string Log)> TakeAsync(string sample, Func<QuestionData, IReadOnlyList<string>> pick)
    {
        var package = await SampleAsync(sample);
        var (launch, _) = LmsLaunch.Moodle2004(package);
        await using var session = await LmsSession.OpenAsync(fixture, package, launch);
        await session.WaitForInitializedAsync();
        var learner = await Learner.InAsync(session.Sco);
        learner.Course.Questions.Should().NotBeEmpty("a sample shows its question types");

        await learner.ReadWholeCourseAsync(pick);
        await learner.ExitButton.ClickAsync();
        await session.WaitForTerminatedAsync();

        var state = await session.StateAsync();
        var calls = await session.CallsAsync();
        var log = Describe(calls);
        calls.Where(c => c.Method is "SetValue" or "Commit" or "Terminate").Should().OnlyContain(c => c.Result == "true" && c.Error == "0", log);
        state.Interactions.Should().HaveCount(learner.Course.Questions.Count(), log);
        session.PageErrors.Should().BeEmpty();
        return (state, learner.Course, log);
    }

    /// <summary>SCORM 2004's interaction type of each of our question types (RTE 4.2.9.1).</summary>
    private static string ExpectedType(QuestionData question) => question.Type switch
    {
        "single" or "multiple" => "choice",
        "true-false" or "fill-in" or "numeric" or "matching" or "sequencing" => question.Type,
        _ => throw new InvalidOperationException($"no SCORM 2004 type known here for '{question.Type}': add it"),
    };

    /// <summary>
    /// cmi.interactions.n.learner_response for <paramref name="answer"/> in <see cref="Learner.AnswerAsync"/>'s form:
    /// choices and an order joined by "[,]", pairs "a[.]2", true-false "true"/"false", a typed word or number as typed.
    /// </summary>
    private static string ExpectedResponse(QuestionData question, IReadOnlyList<string> answer) => question.Type switch
    {
        "true-false" => answer[0] == "t" ? "true" : "false",
        "fill-in" or "numeric" => answer[0],
        "matching" => string.Join("[,]", answer.Select(p => p.Replace(".", "[.]", StringComparison.Ordinal))),
        _ => string.Join("[,]", answer),
    };

    /// <summary>correct_responses.0.pattern in SCORM 2004's syntax, from the answer key (RTE 4.2.9.2).</summary>
    private static string ExpectedPattern(QuestionData question) => question.Type switch
    {
        "true-false" => question.Correct[0] == "t" ? "true" : "false",
        "fill-in" => (question.FillIn is { CaseSensitive: true } ? "{case_matters=true}" : string.Empty) + question.Correct[0],
        "numeric" => question.Correct[0] + "[:]" + question.Correct[^1],
        "matching" => string.Join("[,]", question.Correct.Select(p => p.Replace(".", "[.]", StringComparison.Ordinal))),
        _ => string.Join("[,]", question.Correct),
    };
}
