using CivilSociety.Scorm.ItemWriting;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.ItemWriting;

/// <summary>Text as the item-writing rules compare it (ItemWriting/ItemText.cs): folded words, one space between each.</summary>
public sealed class ItemTextTests
{
    [Theory]
    [InlineData("  Hello,  World! ", "hello world")]
    [InlineData("—a—b—", "a b")]
    [InlineData("Isn't it?", "isnt it")]
    [InlineData("...", "")]
    [InlineData("", "")]
    [InlineData("مُعَلِّم في المدرسة", "معلم في المدرسه")]
    [InlineData("\u200Fالإنسان، والأرض\u200F", "الانسان والارض")]
    [InlineData("ق\u0640ال\u200C ' ب", "قال ب")]
    public void Folds_to_its_words_joined_by_one_space(string text, string folded)
    {
        ItemText.Fold(text).Should().Be(folded);
        ItemText.Words(text).Should().Equal(folded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Folds_a_text_longer_than_a_stack_buffer_as_a_short_one()
    {
        var words = Enumerable.Range(0, 200).Select(i => i % 2 == 0 ? "Égalité," : "المُساواة").ToList();
        var text = string.Join("  ", words);   // 2,000 characters and more: folded in a pooled buffer

        var folded = string.Join(' ', words.Select(ItemText.Fold));
        ItemText.Fold(text).Should().Be(folded);
        ItemText.Words(text).Should().Equal(folded.Split(' '));
    }
}
