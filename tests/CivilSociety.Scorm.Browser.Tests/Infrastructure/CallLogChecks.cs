using System.Text.RegularExpressions;
using FluentAssertions;

namespace CivilSociety.Scorm.Browser.Tests.Infrastructure;

/// <summary>Assertions over the SCO's calls to the LMS, with the whole log in the failure message.</summary>
internal static partial class CallLogChecks
{
    /// <summary>SCORM 1.2 CMITimespan as Moodle accepts it.</summary>
    [GeneratedRegex(@"^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$")]
    public static partial Regex Timespan();

    /// <summary>CMIIdentifier as Moodle checks it: printable ASCII, no spaces, 1 to 255 characters.</summary>
    [GeneratedRegex(@"^[\x21-\x7E]{1,255}$")]
    public static partial Regex Identifier();

    public static string Describe(IEnumerable<LmsCall> calls) =>
        Environment.NewLine + string.Join(Environment.NewLine, calls.Select(c => "  " + c));

    /// <summary>
    /// A well-behaved session: LMSInitialize first and once, LMSFinish once and last, every LMSSetValue "true",
    /// no call left an error (except the error-reporting calls themselves), no API method threw.
    /// </summary>
    public static void ShouldBeCleanFinishedSession(IReadOnlyList<LmsCall> calls)
    {
        var log = Describe(calls);
        calls.Should().NotBeEmpty();
        calls[0].Method.Should().Be("LMSInitialize", "the SCO must initialize before anything else:{0}", log);
        calls.Count(c => c.Method == "LMSInitialize").Should().Be(1, "LMSInitialize is called once:{0}", log);
        calls.Count(c => c.Method == "LMSFinish").Should().Be(1, "LMSFinish is called exactly once:{0}", log);
        calls[^1].Method.Should().Be("LMSFinish", "nothing may follow LMSFinish:{0}", log);
        calls.Where(c => c.Method is "LMSInitialize" or "LMSFinish" or "LMSCommit" or "LMSSetValue")
            .Should().OnlyContain(c => c.Result == "true", "every LMSInitialize/SetValue/Commit/Finish must return \"true\":{0}", log);
        calls.Where(c => !c.IsErrorQuery)
            .Should().OnlyContain(c => c.Error == "0", "no call may leave an LMS error:{0}", log);
        calls.Should().OnlyContain(c => c.Threw == null, "no API method may throw:{0}", log);
    }

    /// <summary>The values the SCO set for an element, in order.</summary>
    public static IReadOnlyList<string> ValuesSet(IEnumerable<LmsCall> calls, string element) =>
        calls.Where(c => c.Method == "LMSSetValue" && c.Args.Count == 2 && c.Args[0] == element).Select(c => c.Args[1]).ToList();
}
