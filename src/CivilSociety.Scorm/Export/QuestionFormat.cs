namespace CivilSociety.Scorm.Export;

/// <summary>The question-bank formats <c>export-questions</c> writes.</summary>
public enum QuestionFormat
{
    /// <summary>Moodle XML: every type, for Moodle's question bank (Import, format "Moodle XML").</summary>
    MoodleXml,

    /// <summary>GIFT: Moodle's text format, for the types it can express.</summary>
    Gift,

    /// <summary>A QTI 2.1 content package (zip), for Blackboard Learn and other QTI importers.</summary>
    Qti21,
}
