namespace CivilSociety.Scorm.Browser.Tests.Infrastructure;

/// <summary>One thing the learner did, and the LMSCommit calls the SCO made for it.</summary>
internal sealed record LearnerAction(string Name, int Commits, IReadOnlyList<LmsCall> Calls);

/// <summary>
/// Takes the whole course as a learner does, one action at a time (answering a question, checking a quiz, the
/// next button, a table-of-contents link, try again, exit), and records the LMS calls each action caused.
/// </summary>
internal static class LearnerActions
{
    public static async Task<IReadOnlyList<LearnerAction>> TakeCourseAsync(LmsSession session, Learner learner)
    {
        var actions = new List<LearnerAction>();
        var course = learner.Course;
        var seen = (await session.CallsAsync()).Count;

        async Task Act(string name, Func<Task> action)
        {
            await action();
            // The runtime writes synchronously in its event handlers; a short pause lets anything deferred run too.
            await learner.Frame.EvaluateAsync("() => new Promise(resolve => setTimeout(resolve, 50))");
            var calls = await session.CallsAsync();
            var caused = calls.Skip(seen).ToList();
            seen = calls.Count;
            actions.Add(new LearnerAction(name, caused.Count(c => c.Method == "LMSCommit"), caused));
        }

        for (var i = 0; i < course.Sections.Count; i++)
        {
            var section = course.Sections[i];
            if (i > 0)
            {
                await Act($"next to {section.Id}", learner.NextAsync);
            }

            if (section.Quiz is not { Questions.Count: > 0 } quiz)
            {
                continue;
            }

            foreach (var question in quiz.Questions)
            {
                await Act($"answer {section.Id}.{question.Id}", () => learner.AnswerAsync(section, question, Learner.Wrongly(question)));
            }

            await Act($"check {section.Id}", () => learner.CheckAnswersButton(section).ClickAsync());
            var retry = learner.Quiz(section).Locator("button." + CivilSociety.Scorm.Contract.RuntimeContract.Classes.QuizRetry);
            if (await retry.IsVisibleAsync())
            {
                await Act($"try again {section.Id}", () => retry.ClickAsync());
            }
        }

        await Act($"table of contents to {course.Sections[0].Id}", () => learner.OpenFromTocAsync(course.Sections[0]));
        await Act("exit", async () =>
        {
            await learner.ExitButton.ClickAsync();
            await session.WaitForTerminatedAsync();
        });
        return actions;
    }
}
