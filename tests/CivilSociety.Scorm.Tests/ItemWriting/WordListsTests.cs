using CivilSociety.Scorm.ItemWriting;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.ItemWriting;

/// <summary>The content words the item check compares (ItemWriting/WordLists.cs): stop words left out, the rest stemmed.</summary>
public sealed class WordListsTests
{
    [Theory]
    [InlineData("en", "The traffickers recruit victims through false job offers, and the victims are moved.")]
    [InlineData("ar", "يجنّد المتاجرون الضحايا عبر عروض عمل كاذبة، وينقلون الضحايا إلى بلدان أخرى.")]
    [InlineData("en", "")]
    [InlineData("en", "  the  of  and  ")]
    public void Reads_a_text_s_content_stems_as_from_its_words(string language, string text)
    {
        var lists = WordLists.For(language, []);

        var fromText = lists.ContentStemsOf(text);
        var fromWords = WordLists.For(language, []).ContentStems(ItemText.Words(text));

        fromText.Should().BeEquivalentTo(fromWords);
        lists.ContentStemsOf(text).Should().BeEquivalentTo(fromWords, "a second reading finds each word where the first left it");
    }
}
