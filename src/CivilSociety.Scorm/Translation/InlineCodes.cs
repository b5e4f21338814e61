namespace CivilSociety.Scorm.Translation;

/// <summary>
/// Checks a translation's inline codes against its source's: each code of the source once (moved if need be, nested
/// as the language needs), no code the source does not have, a paired code still paired.
/// </summary>
internal static class InlineCodes
{
    public static List<string> Problems(IReadOnlyList<InlinePiece> source, IReadOnlyList<InlinePiece> target, IReadOnlyList<string> unreadable)
    {
        var problems = new List<string>(unreadable);
        var expected = InlineText.Codes(source);
        var counts = new Dictionary<int, int>();
        foreach (var code in All(target))
        {
            var id = IdOf(code);
            counts[id] = counts.GetValueOrDefault(id) + 1;
            if (!expected.TryGetValue(id, out var original))
            {
                problems.Add($"{Name(code)} is not in its source");
            }
            else if (original.GetType() != code.GetType() || original is StandaloneCode { IsHtml: var html } && code is StandaloneCode { IsHtml: var isHtml } && html != isHtml)
            {
                problems.Add($"{Name(code)} is {Name(original)} in its source");
            }
        }

        foreach (var (id, code) in expected.OrderBy(e => e.Key))
        {
            switch (counts.GetValueOrDefault(id))
            {
                case 0:
                    problems.Add($"{Name(code)} ({Describe(code)}) is missing");
                    break;
                case > 1 and var times:
                    problems.Add($"{Name(code)} is there {times} times");
                    break;
            }
        }

        return problems;
    }

    private static IEnumerable<InlinePiece> All(IReadOnlyList<InlinePiece> pieces)
    {
        foreach (var piece in pieces)
        {
            if (piece is PairedCode paired)
            {
                yield return paired;
                foreach (var inner in All(paired.Inner))
                {
                    yield return inner;
                }
            }
            else if (piece is StandaloneCode)
            {
                yield return piece;
            }
        }
    }

    private static int IdOf(InlinePiece code) => code switch
    {
        PairedCode paired => paired.Id,
        StandaloneCode standalone => standalone.Id,
        _ => 0,
    };

    private static string Name(InlinePiece code) => code switch
    {
        PairedCode paired => $"<g id=\"{paired.Id}\">",
        StandaloneCode { IsHtml: true } html => $"<ph id=\"{html.Id}\">",
        StandaloneCode standalone => $"<x id=\"{standalone.Id}\"/>",
        _ => "",
    };

    /// <summary>What the code stands for in the course, so the message says what would be lost.</summary>
    private static string Describe(InlinePiece code) => code switch
    {
        PairedCode paired => $"{paired.CodeType}: {paired.Open}...{paired.Close}",
        StandaloneCode standalone => $"{standalone.CodeType}: {standalone.Markdown.Trim()}",
        _ => "",
    };
}
