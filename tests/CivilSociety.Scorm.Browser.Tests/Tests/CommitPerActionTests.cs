using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using FluentAssertions;
using static CivilSociety.Scorm.Browser.Tests.Infrastructure.CallLogChecks;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>LMS traffic: a commit is a server round trip (and a database write in Moodle), so one per action at most.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CommitPerActionTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Every_learner_action_commits_at_most_once()
    {
        var package = await fixture.RealCourseAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package);
        await session.WaitForInitializedAsync();
        var learner = await Learner.InAsync(session.Sco);

        var actions = await LearnerActions.TakeCourseAsync(session, learner);

        actions.Should().Contain(a => a.Name.StartsWith("check", StringComparison.Ordinal)).And.Contain(a => a.Name.StartsWith("next", StringComparison.Ordinal));
        foreach (var action in actions)
        {
            action.Commits.Should().BeLessThanOrEqualTo(1, "'{0}' caused:{1}", action.Name, Describe(action.Calls));
        }

        // Section changes and checked quizzes reach the LMS while the page is alive.
        actions.Where(a => a.Name.StartsWith("next", StringComparison.Ordinal) || a.Name.StartsWith("check", StringComparison.Ordinal))
            .Should().OnlyContain(a => a.Commits == 1, "a section change or a checked quiz is committed at once");
        ShouldBeCleanFinishedSession(await session.CallsAsync());
    }
}
