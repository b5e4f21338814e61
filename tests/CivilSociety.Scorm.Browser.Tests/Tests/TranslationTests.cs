using System.Xml.Linq;
using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using FluentAssertions;
using static CivilSociety.Scorm.Browser.Tests.Infrastructure.CallLogChecks;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// The real course's English version, built from an XLIFF round trip (docs/translation.md) and played inside
/// scorm-again: its learner's records carry the Arabic version's interaction and objective ids, so that one report
/// reads both.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TranslationTests(BrowserFixture fixture)
{
    private static readonly XNamespace Xlf = "urn:oasis:names:tc:xliff:document:1.2";

    [Fact]
    public async Task The_real_course_in_English_records_the_same_interactions_and_objectives_as_in_Arabic()
    {
        var arabic = await PlayAsync(await fixture.RealCourseAsync());
        var english = await PlayAsync(await fixture.CourseAsync(TranslatedRealCourse(), "real-course-en", options => options with { Language = "en" }));

        english.Lang.Should().Be(("en", "ltr"));
        arabic.Lang.Should().Be(("ar", "rtl"));
        english.State["cmi.core.lesson_status"].Should().Be("passed");
        english.Interactions.Should().Equal(arabic.Interactions, "an English learner's answers are recorded under the Arabic ids, each as right");
        english.State.Objectives.Select(o => o["id"]).Should().Equal(arabic.State.Objectives.Select(o => o["id"]));
    }

    private async Task<(LmsState State, (string, string) Lang, List<string> Interactions)> PlayAsync(ScormPackage package)
    {
        await using var session = await LmsSession.OpenAsync(fixture, package);
        await session.WaitForInitializedAsync();
        var learner = await Learner.InAsync(session.Sco);
        var lang = (await session.Sco.EvaluateAsync<string>("() => document.documentElement.lang"), await session.Sco.EvaluateAsync<string>("() => document.documentElement.dir"));
        await learner.ReadWholeCourseAsync(Learner.Correctly);
        await session.LeaveAsync();
        var state = await session.StateAsync();
        var calls = await session.CallsAsync();
        calls.Where(c => !c.IsErrorQuery).Should().OnlyContain(c => c.Error == "0", Describe(calls));
        return (state, lang, [.. state.Interactions.Select(i => $"{i["id"]} {i.GetValueOrDefault("type")} {i.GetValueOrDefault("result")}")]);
    }

    /// <summary>A copy of content/ with translations/en.xlf: each unit of its export given a target, the text marked as English.</summary>
    private static string TranslatedRealCourse()
    {
        var copy = Path.Combine(Path.GetTempPath(), "civil-scorm-browser", "translated-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(RepositoryPaths.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var exported = Path.Combine(copy, "export.xlf");
        CourseTranslator.Export(new TranslationExportOptions(copy, "en", exported)).Succeeded.Should().BeTrue();
        var xliff = XDocument.Load(exported);
        File.Delete(exported);
        foreach (var source in xliff.Descendants(Xlf + "source"))
        {
            source.AddAfterSelf(new XElement(Xlf + "target", new XAttribute("state", "translated"), new XText("EN "), source.Nodes()));
        }

        Directory.CreateDirectory(Path.Combine(copy, "translations"));
        xliff.Save(Path.Combine(copy, "translations", "en.xlf"));
        return copy;
    }
}
