using System.Globalization;
using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using CivilSociety.Scorm.Republishing;
using CivilSociety.Scorm.Testing;
using FluentAssertions;
using static CivilSociety.Scorm.Browser.Tests.Infrastructure.CallLogChecks;
using static Microsoft.Playwright.Assertions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// The matrix of edits (docs/republishing.md, tests/Shared/CourseEdits.cs) on samples/every-question-type and on the
/// real course, each lived by a learner: on version A they answer every question right, check the first quiz, leave
/// on the second quiz's section; scorm-again relaunches them on version B with A's saved state, as Moodle does after
/// "Update package". Asserted: what diff said beforehand, the bookmark, the sections seen, each answer kept (by
/// identity, never moved to another choice) or reset, the first quiz checked or open again, and the notice.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RepublishMatrixTests(BrowserFixture fixture) : IDisposable
{
    private const string Sample = "samples/every-question-type";
    private readonly string work = Directory.CreateTempSubdirectory("republish-matrix-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    /// <summary>
    /// An edit: the course, what diff reports, the answers reset ("section.question", removed ones included), and the
    /// answers kept as the learner gave them on A where B's key says otherwise (the correct answer changed).
    /// </summary>
    public static TheoryData<string, string, string[], string[], string[]> Edits() => new()
    {
        { "prose", Sample, [], [], [] },
        { "choice text: spelling only", Sample, [], [], [] },
        { "choice text: reworded", Sample, ["SCO9013"], [], [] },   // an unchosen choice: nobody who answered right loses anything
        { "choice added at the top", Sample, ["SCO9014"], [], [] },
        { "choice added in the middle", Sample, ["SCO9014"], [], [] },
        { "choice added at the end", Sample, [], [], [] },
        { "choices reordered", Sample, ["SCO9014"], [], [] },
        { "correct answer changed", Sample, ["SCO9015"], [], ["stages.q-clouds"] },
        { "question added", Sample, ["SCO9012"], [], [] },
        { "question removed", Sample, ["SCO9011"], ["energy.q-percent"], [] },
        { "questions reordered", Sample, [], [], [] },
        { "question type changed", Sample, ["SCO9013"], ["energy.q-gravity"], [] },
        { "section added", Sample, ["SCO9010"], [], [] },
        { "section removed (and its outcome)", Sample, ["SCO9008", "SCO9009"], ["energy.q-gravity", "energy.q-percent"], [] },
        { "sections reordered", Sample, [], [], [] },
        { "attempts lowered", Sample, ["SCO9016"], [], [] },
        { "attempts raised", Sample, [], [], [] },
        { "question outcomes changed", Sample, ["SCO9015"], [], [] },
        { "sequencing item added", Sample, ["SCO9013"], ["stages.q-order"], [] },
        { "fill-in box shortened", Sample, ["SCO9013"], [], [] },   // the right answer still fits the shorter box
        { "real course: prose", "content", [], [], [] },
        { "real course: choice added at the top", "content", ["SCO9014"], [], [] },
        { "real course: sections reordered", "content", [], [], [] },
        { "real course: outcome removed", "content", ["SCO9008", "SCO9015"], [], [] },
        { "real course: question removed", "content", ["SCO9011"], ["the-public.q-public-ways"], [] },
        { "real course: chosen choice reworded", "content", ["SCO9013"], ["activities.q-less-wealthy"], [] },
        { "real course: attempts limited", "content", ["SCO9016"], [], [] },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task A_learner_relaunched_on_the_edited_course_keeps_what_did_not_change_and_is_told_what_was_reset(
        string edit, string course, string[] codes, string[] reset, string[] keptAsOnA)
    {
        var slug = new string([.. edit.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        var a = await fixture.CourseAsync(Copy(course, "a-" + slug), "matrix-a-" + slug);
        var b = await fixture.CourseAsync(Copy(course, "b-" + slug, directory =>
        {
            CourseEdits.Apply(edit, directory);
            CourseEdits.Replace(directory, "course.yml", "version: 1.0.0", "version: 1.1.0");
        }), "matrix-b-" + slug);
        var courseA = a.CourseData();
        var courseB = b.CourseData();
        var quizzes = courseA.SectionsWithQuiz.ToList();
        var bookmark = quizzes[1];
        var seen = new HashSet<string>([courseA.Sections[0].Id, .. quizzes.Select(s => s.Id)], StringComparer.Ordinal);

        // Version A: every question answered right, the first quiz checked, the learner leaves on the second quiz's section.
        LmsState onA;
        await using (var session = await LmsSession.OpenAsync(fixture, a))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            await learner.OpenFromTocAsync(quizzes[0]);
            await learner.AnswerQuizAsync(quizzes[0], Learner.Correctly);
            foreach (var section in quizzes.Skip(1))
            {
                await learner.OpenFromTocAsync(section);
                foreach (var question in section.Quiz!.Questions)
                {
                    await learner.AnswerAsync(section, question, question.RightAnswer);
                }
            }

            await learner.OpenSectionAsync(bookmark);

            await session.LeaveAsync();
            onA = await session.StateAsync();
        }

        onA["cmi.suspend_data"].Should().StartWith("4", "the keyed saved state");
        PackageComparer.Compare(a.ZipPath!, b.ZipPath!).Findings.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal)
            .Should().Equal(codes, "what diff told the designer");

        // Version B, with A's state: entry=resume, as Moodle after "Update package".
        await using (var session = await LmsSession.OpenAsync(fixture, b, LmsLaunch.Resume(b, onA)))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            var bookmarkB = courseB.Sections.FirstOrDefault(s => s.Id == bookmark.Id) ?? courseB.Sections[0];
            await learner.ExpectShownAsync(bookmarkB);
            foreach (var section in courseB.Sections)
            {
                var state = seen.Contains(section.Id) || section == bookmarkB ? "seen" : "unseen";
                await Expect(session.Sco.Locator($"[data-slot=toc] li:has(> a[data-section='{section.Id}'])"))
                    .ToHaveAttributeAsync("data-state", state, new() { Timeout = 5000 });
            }

            var notice = session.Sco.Locator(".notice[role=status]:not([hidden])");
            if (reset.Length == 0)
            {
                await Expect(notice).ToHaveCountAsync(0);
            }
            else
            {
                var text = reset.Length == 1 ? courseB.String("updateResetOne")
                    : courseB.String("updateReset").Replace("{n}", reset.Length.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
                await Expect(notice).ToContainTextAsync(text);
            }

            foreach (var section in courseB.SectionsWithQuiz)
            {
                await learner.OpenFromTocAsync(section);
                var before = courseA.Sections.FirstOrDefault(s => s.Id == section.Id)?.Quiz?.Questions;
                foreach (var question in section.Quiz!.Questions)
                {
                    var label = section.Id + "." + question.Id;
                    var onAQuestion = before?.FirstOrDefault(q => q.Id == question.Id);
                    var answer = await learner.ReadAnswerAsync(section, question);
                    if (onAQuestion is null || reset.Contains(label))
                    {
                        // Reset, or new: unanswered (an order list shows its first order, never the right one).
                        if (question.Type == "sequencing")
                        {
                            answer.Should().NotEqual(question.RightAnswer, label);
                        }
                        else
                        {
                            answer.Should().BeEmpty(label + " starts afresh");
                        }
                    }
                    else
                    {
                        answer.Should().Equal(keptAsOnA.Contains(label) ? onAQuestion.RightAnswer : question.RightAnswer, "{0} is kept by identity, never moved", label);
                    }
                }

                if (section.Id == quizzes[0].Id)
                {
                    var reopened = section.Quiz.Questions.Any(q => reset.Contains(section.Id + "." + q.Id) || before!.All(o => o.Id != q.Id));
                    if (reopened)
                    {
                        await Expect(learner.QuizResult(section)).ToBeEmptyAsync();
                    }
                    else
                    {
                        await Expect(learner.QuizResult(section)).Not.ToBeEmptyAsync();
                    }
                }
            }

            await session.LeaveAsync();
            var calls = await session.CallsAsync();
            calls.Where(c => !c.IsErrorQuery).Should().OnlyContain(c => c.Error == "0", Describe(calls));
            (await session.StateAsync())["cmi.suspend_data"].Should().StartWith("4");
            session.PageErrors.Should().BeEmpty();
        }
    }

    private string Copy(string course, string name, Action<string>? edit = null)
    {
        var from = Path.Combine(RepositoryPaths.Root, course);
        var target = Path.Combine(work, name);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        edit?.Invoke(target);
        return target;
    }
}
