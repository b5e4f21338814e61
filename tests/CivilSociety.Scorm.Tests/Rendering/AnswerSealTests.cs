using System.Security.Cryptography;
using System.Text;
using CivilSociety.Scorm.Rendering;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Rendering;

/// <summary>The seal's key (Rendering/AnswerSeal.cs): fixed by the course and its answers, so that builds agree.</summary>
public sealed class AnswerSealTests
{
    [Fact]
    public void The_key_is_the_digest_of_the_course_id_and_every_answer_each_on_its_line()
    {
        string[] keys = ["{\"correct\":\"a\"}", "{\"correct\":\"نعم\"}", "", "lone \uD800 surrogate", new string('x', 100_000)];
        var joined = "civilsociety-scorm answer seal\ncourse-1" + string.Concat(keys.Select(k => "\n" + k));
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(joined))[..16];

        AnswerSeal.For("course-1", keys).Key.Should().Be(System.Buffers.Text.Base64Url.EncodeToString(expected));
    }

    [Fact]
    public void A_sealed_text_opens_to_itself()
    {
        var seal = AnswerSeal.For("course-1", ["a"]);

        seal.Open("s1.q1", seal.Seal("s1.q1", "الإجابة {\"correct\":\"b\"}")).Should().Be("الإجابة {\"correct\":\"b\"}");
    }
}
