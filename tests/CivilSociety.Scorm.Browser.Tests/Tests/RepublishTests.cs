using System.Text.RegularExpressions;
using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using CivilSociety.Scorm.Republishing;
using FluentAssertions;
using static CivilSociety.Scorm.Browser.Tests.Infrastructure.CallLogChecks;
using static Microsoft.Playwright.Assertions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// Safe republish (docs/republishing.md): a learner answers on version A of the real course, leaves mid-course, and
/// the LMS relaunches them on version B with A's saved state, as Moodle does after "Update package". What did not
/// change is kept, nothing is moved to another choice, what cannot be carried over is reset alone and the learner is
/// told; civil-scorm diff said so beforehand.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class RepublishTests(BrowserFixture fixture) : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("republish-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Fact]
    public async Task A_choice_added_on_top_keeps_the_answer_by_identity_and_a_reworded_chosen_choice_resets_that_question_alone()
    {
        var a = await fixture.CourseAsync(Copy("a"), "republish-a");
        var course = a.CourseData();
        var quizzes = course.SectionsWithQuiz.ToList();
        var (first, second) = (quizzes[0], quizzes[1]);
        var shifted = first.Quiz!.Questions[0];
        var reworded = second.Quiz!.Questions[0];
        var bookmark = course.Sections[course.Sections.ToList().IndexOf(second) + 1];

        // Version B: a choice added above the others in the first quiz's first question; the right choice of the
        // second quiz's first question reworded (another identity); the version raised.
        var b = await fixture.CourseAsync(Copy("b", edit: directory =>
        {
            Edit(directory, shifted.Id, question => FirstChoice().Replace(question, "- [ ] خيار أُضيف في أعلى القائمة\n$0", 1));
            Edit(directory, reworded.Id, question => RightChoice().Replace(question, "$0 (بصياغة جديدة)", 1));
            var yml = Path.Combine(directory, "course.yml");
            File.WriteAllText(yml, File.ReadAllText(yml).Replace("version: 1.0.0", "version: 1.1.0", StringComparison.Ordinal));
        }), "republish-b");
        var courseB = b.CourseData();
        var firstB = courseB.Sections.Single(s => s.Id == first.Id);
        var secondB = courseB.Sections.Single(s => s.Id == second.Id);

        // First session, on A: the first quiz checked with every answer right, the second's first question answered
        // right but not checked, the learner leaves on the section after it.
        LmsState onA;
        await using (var session = await LmsSession.OpenAsync(fixture, a))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            await learner.OpenFromTocAsync(first);
            await learner.AnswerQuizAsync(first, Learner.Correctly);
            await learner.OpenFromTocAsync(second);
            await learner.AnswerAsync(second, reworded, reworded.RightAnswer);
            await learner.OpenFromTocAsync(bookmark);
            await session.LeaveAsync();
            onA = await session.StateAsync();
        }

        onA["cmi.suspend_data"].Should().StartWith("4", "the keyed state");

        // The designer was told first.
        var diff = PackageComparer.Compare(a.ZipPath!, b.ZipPath!);
        diff.Findings.Should().Contain(d => d.Id == "SCO9014" && d.Message.Contains(shifted.Id, StringComparison.Ordinal), "the letters of the first question move");
        diff.Findings.Should().Contain(d => d.Id == "SCO9013" && d.Message.Contains(second.Id + "." + reworded.Id, StringComparison.Ordinal));
        diff.Findings.Should().NotContain(d => d.Severity == Diagnostics.DiagnosticSeverity.Error);

        // Second session, on B, with A's state: entry=resume, as Moodle after "Update package".
        await using (var session = await LmsSession.OpenAsync(fixture, b, LmsLaunch.Resume(b, onA)))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            await learner.ExpectShownAsync(bookmark);

            // The notice, once, in the course's language.
            await Expect(session.Sco.Locator(".notice[role=status]").Filter(new() { HasText = courseB.String("updateResetOne") })).ToBeVisibleAsync();

            // Every answer of the checked quiz kept by identity: the first question's right choice under its new letter.
            var shiftedB = firstB.Quiz!.Questions[0];
            shiftedB.RightAnswer.Should().NotEqual(shifted.RightAnswer, "the right choice moved down a letter");
            await learner.OpenFromTocAsync(firstB);
            foreach (var question in firstB.Quiz.Questions)
            {
                (await learner.ReadAnswerAsync(firstB, question)).Should().Equal(question.RightAnswer, "{0} is kept, never remapped", question.Id);
            }

            await Expect(learner.QuizResult(firstB)).Not.ToBeEmptyAsync();

            // The question whose chosen choice was reworded starts afresh; nothing else of its quiz is lost.
            await learner.OpenFromTocAsync(secondB);
            (await learner.ReadAnswerAsync(secondB, secondB.Quiz!.Questions[0])).Should().BeEmpty("its chosen choice no longer exists as it was");
            await session.LeaveAsync();

            var calls = await session.CallsAsync();
            calls.Where(c => !c.IsErrorQuery).Should().OnlyContain(c => c.Error == "0", Describe(calls));
            (await session.StateAsync())["cmi.suspend_data"].Should().StartWith("4");
            session.PageErrors.Should().BeEmpty();
        }
    }

    [Fact]
    public async Task Every_question_type_is_kept_when_a_question_is_added_and_the_sections_reordered_and_the_checked_quiz_opens_again()
    {
        var sample = Path.Combine(RepositoryPaths.Root, "samples", "every-question-type");
        var a = await fixture.CourseAsync(Copy("eqt-a", from: sample), "republish-eqt-a");
        var first = a.CourseData().SectionsWithQuiz.First();

        // Version B: a question added to the first quiz, the two sections swapped.
        var b = await fixture.CourseAsync(Copy("eqt-b", from: sample, edit: directory =>
        {
            var stages = Path.Combine(directory, "sections", "01-stages.md");
            File.WriteAllText(stages, File.ReadAllText(stages).Replace("1. Evaporation\n2. Condensation\n3. Precipitation\n4. Collection\n:::",
                "1. Evaporation\n2. Condensation\n3. Precipitation\n4. Collection\n\n### Which stage comes last? {#q-last outcomes=\"WC1.1\"}\n\n- [ ] Evaporation\n- [x] Collection\n:::", StringComparison.Ordinal));
            var yml = Path.Combine(directory, "course.yml");
            File.WriteAllText(yml, File.ReadAllText(yml).Replace("  - sections/01-stages.md\n  - sections/02-energy.md", "  - sections/02-energy.md\n  - sections/01-stages.md", StringComparison.Ordinal)
                .Replace("version: 1.0.0", "version: 1.1.0", StringComparison.Ordinal));
        }), "republish-eqt-b");
        var courseB = b.CourseData();
        courseB.Sections[0].Id.Should().Be("energy", "the sections are swapped in version B");

        LmsState onA;
        await using (var session = await LmsSession.OpenAsync(fixture, a))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            await learner.AnswerQuizAsync(first, Learner.Correctly);
            await session.LeaveAsync();
            onA = await session.StateAsync();
        }

        PackageComparer.Compare(a.ZipPath!, b.ZipPath!).Findings.Select(d => d.Id).Should().Equal("SCO9012");

        await using (var session = await LmsSession.OpenAsync(fixture, b, LmsLaunch.Resume(b, onA)))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            var firstB = courseB.Sections.Single(s => s.Id == first.Id);
            await learner.ExpectShownAsync(firstB);   // the bookmark follows its section

            foreach (var question in first.Quiz!.Questions)
            {
                var now = firstB.Quiz!.Questions.Single(q => q.Id == question.Id);
                (await learner.ReadAnswerAsync(firstB, now)).Should().Equal(now.RightAnswer, "{0} ({1}) is kept", now.Id, now.Type);
            }

            (await learner.ReadAnswerAsync(firstB, firstB.Quiz!.Questions.Single(q => q.Id == "q-last"))).Should().BeEmpty();
            await Expect(learner.QuizResult(firstB)).ToBeEmptyAsync();   // open again, to answer the new question
            await Expect(learner.CheckAnswersButton(firstB)).ToBeVisibleAsync();
            await Expect(session.Sco.Locator(".notice[role=status]:not([hidden])")).ToHaveCountAsync(0);   // nothing was reset
            session.PageErrors.Should().BeEmpty();
        }
    }

    // A copy of the real course (or of `from`), edited.
    private string Copy(string name, Action<string>? edit = null, string? from = null)
    {
        var target = Path.Combine(work, name);
        from ??= RepositoryPaths.Content;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        edit?.Invoke(target);
        return target;
    }

    // Rewrites the Markdown of question `id` (its heading to the next heading or the quiz's end).
    private static void Edit(string course, string id, Func<string, string> change)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(course, "sections"), "*.md"))
        {
            var text = File.ReadAllText(file);
            var start = text.IndexOf("{#" + id + " ", StringComparison.Ordinal);
            if (start < 0)
            {
                continue;
            }

            var end = Math.Min(IndexOrEnd(text, "\n### ", start), IndexOrEnd(text, "\n:::", start));
            File.WriteAllText(file, text[..start] + change(text[start..end]) + text[end..]);
            return;
        }

        throw new InvalidOperationException("no question " + id);
    }

    private static int IndexOrEnd(string text, string value, int from) => text.IndexOf(value, from, StringComparison.Ordinal) is var i and >= 0 ? i : text.Length;

    [GeneratedRegex(@"^- \[[ x]\] ", RegexOptions.Multiline)]
    private static partial Regex FirstChoice();

    [GeneratedRegex(@"^- \[x\] .+$", RegexOptions.Multiline)]
    private static partial Regex RightChoice();
}
