namespace CivilSociety.Scorm.Diagnostics;

/// <summary>
/// A course file that a word processor saved in its own format (a Word .docx or .doc, TextEdit's RTF, a PDF) under a
/// .md or .yml name: told by its first bytes, with the menu that saves it as plain text, instead of "not UTF-8" or
/// "no front matter".
/// </summary>
internal static class WordProcessorFiles
{
    private const string CopyTheText = "; or copy the text into a plain-text editor (Notepad, TextEdit in plain text, VS Code) and save it there as UTF-8";

    /// <summary>What the file is and how to save it as plain text, or null when it may be text.</summary>
    public static (string What, string Help)? Recognise(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return ("a Word document (.docx) or another zipped file", "in Word choose File > Save As, type Plain Text (.txt), encoding Unicode (UTF-8), and give it this name again" + CopyTheText);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            return ("an older Word document (.doc)", "in Word choose File > Save As, type Plain Text (.txt), encoding Unicode (UTF-8), and give it this name again" + CopyTheText);
        }

        if (bytes.StartsWith(@"{\rtf"u8))
        {
            return ("a Rich Text (RTF) file, which TextEdit saves by default", "in TextEdit choose Format > Make Plain Text, then save it again with the encoding Unicode (UTF-8)" + CopyTheText);
        }

        if (bytes.StartsWith("%PDF"u8))
        {
            return ("a PDF document", "write the text in a plain-text file instead: a PDF can be linked from a section, not be one" + CopyTheText);
        }

        return null;
    }
}
