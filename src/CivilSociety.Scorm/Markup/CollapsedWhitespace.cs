namespace CivilSociety.Scorm.Markup;

/// <summary>A text's words, one space between each: the plain text of a fragment as the rules and the data compare it.</summary>
internal static class CollapsedWhitespace
{
    /// <summary>
    /// A text's words, one space between each (as <c>string.Join(' ', text.Split(null, RemoveEmptyEntries))</c>,
    /// without a string for each word): the text itself when it is so already, as most paragraphs are.
    /// </summary>
    public static string Of(string text)
    {
        var length = 0;
        var onlySpaces = true;
        var gap = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                gap = true;
                onlySpaces &= c == ' ';
            }
            else
            {
                length += gap && length > 0 ? 2 : 1;
                gap = false;
            }
        }

        if (length == text.Length && onlySpaces)
        {
            return text;   // no space at either end, none doubled, no other whitespace
        }

        return string.Create(length, text, static (collapsed, text) =>
        {
            var at = 0;
            var gap = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    gap = true;
                    continue;
                }

                if (gap && at > 0)
                {
                    collapsed[at++] = ' ';
                }

                collapsed[at++] = c;
                gap = false;
            }
        });
    }
}
