using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using FluentAssertions;
using static CivilSociety.Scorm.Browser.Tests.Infrastructure.CallLogChecks;
using static Microsoft.Playwright.Assertions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>Suspend and resume: what the LMS keeps between two launches brings the learner back where they were.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RelaunchTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Relaunch_opens_at_the_bookmark_with_the_checked_answers_restored()
    {
        var package = await fixture.RealCourseAsync();

        // First session: two sections read, one quiz answered and checked, then the learner closes the course
        // (the LMS navigates the SCO away: pagehide).
        LmsState first;
        SectionData quizSection, bookmark;
        QuestionData[] questions;
        await using (var session = await LmsSession.OpenAsync(fixture, package))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            var course = learner.Course;
            quizSection = course.SectionsWithQuiz.First();
            questions = [.. quizSection.Quiz!.Questions];
            var firstIndex = course.Sections.ToList().IndexOf(quizSection);
            (firstIndex + 1).Should().BeLessThan(course.Sections.Count, "the test needs a section after the first quiz");

            await learner.ExpectShownAsync(course.Sections[0]);
            if (firstIndex > 0)
            {
                await learner.OpenFromTocAsync(quizSection);
            }

            await learner.AnswerQuizAsync(quizSection, Learner.Correctly);
            bookmark = course.Sections[firstIndex + 1];
            await learner.OpenFromTocAsync(bookmark);
            await session.LeaveAsync();

            first = await session.StateAsync();
            var calls = await session.CallsAsync();
            ShouldBeCleanFinishedSession(calls);
            first["cmi.core.exit"].Should().Be("suspend", "the course is unfinished:{0}", Describe(calls));
            first["cmi.core.lesson_status"].Should().Be("incomplete");
            first["cmi.core.lesson_location"].Should().Be(bookmark.Id);
            first["cmi.suspend_data"].Should().NotBeEmpty().And.Subject.Length.Should().BeLessThanOrEqualTo(4096);
        }

        // Second session: entry=resume with the first run's data.
        await using (var session = await LmsSession.OpenAsync(fixture, package, LmsLaunch.Resume(package, first)))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);

            await learner.ExpectShownAsync(bookmark);
            (await learner.VisibleSectionAsync()).Should().Be(bookmark.Id, "the learner comes back to the bookmarked section");

            await learner.OpenFromTocAsync(quizSection);
            foreach (var question in questions)
            {
                (await learner.ReadAnswerAsync(quizSection, question)).Should().Equal(
                    question.RightAnswer, "the answer to {0} is restored from suspend_data", question.Id);
            }

            // The quiz comes back checked: its result is shown again.
            await Expect(learner.QuizResult(quizSection)).Not.ToBeEmptyAsync();

            var calls = await session.CallsAsync();
            calls.Where(c => !c.IsErrorQuery).Should().OnlyContain(c => c.Error == "0", Describe(calls));
            ValuesSet(calls, "cmi.core.lesson_status").Should().NotContain("not attempted");
            (await session.StateAsync())["cmi.core.lesson_status"].Should().Be("incomplete");
            session.PageErrors.Should().BeEmpty();
        }
    }

    [Fact]
    public async Task Hiding_the_page_commits_answers_that_were_chosen_but_not_checked()
    {
        var package = await fixture.RealCourseAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package);
        await session.WaitForInitializedAsync();
        var learner = await Learner.InAsync(session.Sco);
        var section = learner.Course.SectionsWithQuiz.First();
        var question = section.Quiz!.Questions[0];
        await learner.OpenSectionAsync(section);
        await session.Page.WaitForFunctionAsync("() => window.lmsHost.calls().some(c => c.method === 'LMSCommit')");
        var before = (await session.CallsAsync()).Count;

        await learner.AnswerAsync(section, question, Learner.Correctly(question));
        // The learner switches to another app: the page becomes hidden.
        await session.Sco.EvaluateAsync("""
            () => {
              Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
              document.dispatchEvent(new Event('visibilitychange'));
            }
            """);

        var calls = await session.CallsAsync();
        var after = calls.Skip(before).ToList();
        var suspend = after.LastOrDefault(c => c.Method == "LMSSetValue" && c.Args[0] == "cmi.suspend_data");
        suspend.Should().NotBeNull("the chosen answer changes the suspend data:{0}", Describe(calls));
        after.Should().Contain(c => c.Method == "LMSCommit" && c.Seq > suspend!.Seq && c.Result == "true", Describe(calls));
        after.Should().NotContain(c => c.Method == "LMSFinish", "hidden is not closed");
    }
}
