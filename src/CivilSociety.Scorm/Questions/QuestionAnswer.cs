namespace CivilSociety.Scorm.Questions;

/// <summary>
/// The answer of a question as its type reads it from the Markdown: choices, a number range, pairs... Each question
/// type (src/CivilSociety.Scorm/Questions/Types) defines its own, beside the code that reads and renders it.
/// </summary>
internal abstract record QuestionAnswer;
