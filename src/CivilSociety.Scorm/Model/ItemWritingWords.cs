using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Model;

/// <summary>
/// Words course.yml adds to the item-writing check's built-in lists for one language (<c>item_writing: words:</c>):
/// list name (absolute, hedging, negative, all_of_the_above, none_of_the_above, stop_words, understand, apply,
/// analyze) to its words.
/// </summary>
internal sealed record ItemWritingWords(string Language, IReadOnlyDictionary<string, IReadOnlyList<string>> Lists, SourceSpan Location);
