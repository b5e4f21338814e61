using CivilSociety.Scorm.Benchmarks;
using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using FluentAssertions;
using static CivilSociety.Scorm.Browser.Tests.Infrastructure.CallLogChecks;
using static Microsoft.Playwright.Assertions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// The saved state inside scorm-again: the largest course fits SCORM 1.2's 4096 characters in the keyed state by quiz,
/// comes back whole, and survives an update of the course; a learner whose state an earlier release saved (the text
/// format "2|...") resumes with nothing lost.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SavedStateTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_learner_of_the_previous_release_resumes_the_real_course_with_nothing_lost()
    {
        var package = await fixture.RealCourseAsync();
        var course = package.CourseData();
        var quizzes = course.SectionsWithQuiz.ToList();
        var bookmark = course.Sections[3];
        // As the previous release wrote it: four sections seen, the bookmark at the fourth, the first quiz checked
        // with every answer right (tried twice), the second with a wrong answer chosen but not checked.
        var legacy = "2|" + string.Concat(course.Sections.Select((_, i) => i < 4 ? '1' : '0')) + "|3|" + string.Join("~", quizzes.Select((quiz, i) =>
            i == 0 ? "2.1." + string.Join(".", quiz.Quiz!.Questions.Select(q => Saved(q.RightAnswer)))
            : i == 1 ? "0.0." + string.Join(".", quiz.Quiz!.Questions.Select((q, j) => j == 0 ? Saved(q.WrongAnswer) : ""))
            : "0.0." + string.Join(".", quiz.Quiz!.Questions.Select(_ => ""))));
        var launch = new LmsLaunch
        {
            MasteryScore = package.MasteryScore, Entry = "resume",
            Values = new Dictionary<string, string> { ["cmi.suspend_data"] = legacy, ["cmi.core.lesson_status"] = "incomplete", ["cmi.core.lesson_location"] = bookmark.Id },
        };

        LmsState after;
        await using (var session = await LmsSession.OpenAsync(fixture, package, launch))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            await learner.ExpectShownAsync(bookmark);
            await ExpectRestoredAsync(learner, quizzes[0], quizzes[1]);
            await session.LeaveAsync();
            after = await session.StateAsync();
            var calls = await session.CallsAsync();
            calls.Where(c => !c.IsErrorQuery).Should().OnlyContain(c => c.Error == "0", Describe(calls));
        }

        after["cmi.suspend_data"].Should().StartWith("4", "the state is written again in the keyed format");

        // And the keyed state resumes just as well, at the section the learner left (the second quiz's).
        await using (var session = await LmsSession.OpenAsync(fixture, package, LmsLaunch.Resume(package, after)))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            await learner.ExpectShownAsync(quizzes[1]);
            await ExpectRestoredAsync(learner, quizzes[0], quizzes[1]);
        }
    }

    [Fact]
    public async Task Matching_and_sequencing_answers_saved_by_the_previous_release_come_back_in_todays_ids()
    {
        var package = await fixture.CourseAsync(Path.Combine(RepositoryPaths.Root, "samples", "every-question-type"), "every-question-type");
        var course = package.CourseData();
        var stages = course.SectionsWithQuiz.First();
        // The previous release numbered matching's right items 1, 2... as they first appear in the pairs, and lettered
        // sequencing's items a, b... in the right order: its right answers were "1234" and "abcd".
        var legacy = "2|11|0|1.1." + string.Join(".", stages.Quiz!.Questions.Select(q => q.Type switch
        {
            "matching" => LegacyMatching(q),
            "sequencing" => string.Concat(q.Correct.Select((_, i) => (char)('a' + i))),
            _ => Saved(q.RightAnswer),
        })) + "~0.0..";
        var launch = new LmsLaunch
        {
            MasteryScore = package.MasteryScore, Entry = "resume",
            Values = new Dictionary<string, string> { ["cmi.suspend_data"] = legacy, ["cmi.core.lesson_status"] = "incomplete" },
        };

        await using var session = await LmsSession.OpenAsync(fixture, package, launch);
        await session.WaitForInitializedAsync();
        var learner = await Learner.InAsync(session.Sco);
        foreach (var question in stages.Quiz.Questions)
        {
            (await learner.ReadAnswerAsync(stages, question)).Should().Equal(question.RightAnswer, question.Id);
            await Expect(learner.Question(stages, question)).ToHaveAttributeAsync("data-state", "correct");
        }
    }

    [Fact]
    public async Task Three_hundred_sections_of_ten_questions_answered_fit_in_4096_characters_come_back_whole_and_survive_an_update()
    {
        using var directory = new TemporaryFolder();
        SyntheticCourse.Write(directory.Path, imageBytesPerScale: 300 * 1024);
        var package = await fixture.CourseAsync(directory.Path, "synthetic");

        // Every section opened, every question answered (at random), every quiz checked: all the state there can be.
        LmsState first;
        string answers;
        await using (var session = await LmsSession.OpenAsync(fixture, package))
        {
            await session.WaitForInitializedAsync();
            answers = await session.Sco.EvaluateAsync<string>(AnswerEverything);
            await session.LeaveAsync();
            first = await session.StateAsync();
            var calls = await session.CallsAsync();
            // scorm-again checks each value as SCORM 1.2 types it (CMIString4096, CMIString255, CMIIdentifier...), as
            // Moodle's scormstandard mode does: not one value refused.
            calls.Where(c => !c.IsErrorQuery).Should().OnlyContain(c => c.Error == "0", Describe(calls));
        }

        first.Interactions.Should().HaveCount(3000);
        first["cmi.suspend_data"].Length.Should().BeLessThanOrEqualTo(4096);
        first["cmi.suspend_data"].Should().StartWith("5", "the keyed state by quiz (state/v5.js): sections by identity, each quiz's answers together");
        first["cmi.core.lesson_location"].Length.Should().BeLessThanOrEqualTo(255);
        first.Interactions.Should().OnlyContain(i => i["id"].Length <= 255 && i["student_response"].Length <= 255);
        first["cmi.core.lesson_status"].Should().BeOneOf("passed", "failed");

        await using (var session = await LmsSession.OpenAsync(fixture, package, LmsLaunch.Resume(package, first)))
        {
            await session.WaitForInitializedAsync();
            (await session.Sco.EvaluateAsync<string>(ReadEverything)).Should().Be(answers, "every answer, and every quiz checked, restored");
        }

        // Version 1.1: a choice added at the end of the second quiz's first question. Relaunched on it with the same
        // state (Moodle's "Update package"), the learner keeps every other quiz whole; the second starts afresh and
        // the learner is told.
        var second = Path.Combine(directory.Path, "sections", "00002.md");
        var text = File.ReadAllText(second);
        var firstCorrect = text.IndexOf("\n> correct:", StringComparison.Ordinal);
        File.WriteAllText(second, text[..firstCorrect] + "\n- [ ] An added choice 5" + text[firstCorrect..]);
        var yml = Path.Combine(directory.Path, "course.yml");
        File.WriteAllText(yml, File.ReadAllText(yml).Replace("version: 1.0.0", "version: 1.1.0", StringComparison.Ordinal));
        var updated = await fixture.CourseAsync(directory.Path, "synthetic-1.1");
        await using (var session = await LmsSession.OpenAsync(fixture, updated, LmsLaunch.Resume(updated, first)))
        {
            await session.WaitForInitializedAsync();
            var before = answers.Split('\n');
            var after = (await session.Sco.EvaluateAsync<string>(ReadEverything)).Split('\n');
            after.Should().HaveCount(300);
            after.Where((line, i) => i != 1).Should().Equal(before.Where((line, i) => i != 1), "every other quiz is kept whole");
            after[1].Should().NotBe(before[1]).And.EndWith(":", "the changed quiz starts afresh: nothing chosen");
            var notice = updated.CourseData().String("updateReset").Replace("{n}", "10", StringComparison.Ordinal);
            await Expect(session.Sco.Locator(".notice[role=status]:not([hidden])")).ToContainTextAsync(notice);
            session.PageErrors.Should().BeEmpty();
        }
    }

    /// <summary>Opens each section from the contents, answers each question with a random choice, checks each quiz.</summary>
    private const string AnswerEverything = """
        () => {
          const answers = [];
          for (const link of document.querySelectorAll('[data-slot=toc] a[data-section]')) {
            link.click();
            const form = document.querySelector(`section[data-section="${link.dataset.section}"] form[data-quiz]`);
            if (!form) continue;
            for (const fieldset of form.querySelectorAll('fieldset.question')) {
              const inputs = fieldset.querySelectorAll('input[type=radio]');
              inputs[Math.floor(Math.random() * inputs.length)].checked = true;
            }
            form.dispatchEvent(new Event('input', { bubbles: true }));
            form.requestSubmit();
            answers.push(form.dataset.state + ':' + [...form.querySelectorAll('input:checked')].map(i => i.id).join(','));
          }
          return answers.join('\n');
        }
        """;

    private const string ReadEverything = """
        () => [...document.querySelectorAll('form[data-quiz]')]
          .map(form => form.dataset.state + ':' + [...form.querySelectorAll('input:checked')].map(i => i.id).join(','))
          .join('\n')
        """;

    private static async Task ExpectRestoredAsync(Learner learner, SectionData checkedQuiz, SectionData openQuiz)
    {
        await learner.OpenFromTocAsync(checkedQuiz);
        foreach (var question in checkedQuiz.Quiz!.Questions)
        {
            (await learner.ReadAnswerAsync(checkedQuiz, question)).Should().Equal(question.RightAnswer, question.Id);
        }

        await Expect(learner.QuizResult(checkedQuiz)).Not.ToBeEmptyAsync();
        await learner.OpenFromTocAsync(openQuiz);
        var first = openQuiz.Quiz!.Questions[0];
        (await learner.ReadAnswerAsync(openQuiz, first)).Should().Equal(first.WrongAnswer, "a chosen answer, not checked, is kept too");
        await Expect(learner.QuizResult(openQuiz)).ToBeEmptyAsync();
    }

    /// <summary>A choice answer as the text format saved it: the letters, sorted.</summary>
    private static string Saved(IReadOnlyList<string> answer) => string.Concat(answer.OrderBy(a => a, StringComparer.Ordinal));

    private static string LegacyMatching(QuestionData question)
    {
        var firstSeen = question.Correct.Select(p => p.Split('.')[1]).Distinct().ToList();
        return string.Concat(question.Correct.Select(p => (char)('1' + firstSeen.IndexOf(p.Split('.')[1]))));
    }

    /// <summary>A folder under the system's temp folder, deleted at the end.</summary>
    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("civil-scorm-synthetic-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
