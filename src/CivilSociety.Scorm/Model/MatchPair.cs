using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Model;

/// <summary>A matching pair: the left item (letter id) and the right item it matches (digit id; rights may repeat).</summary>
internal sealed record MatchPair(char LeftId, string LeftMarkdown, char RightId, string RightMarkdown, SourceSpan Location);
