namespace CivilSociety.Scorm.Questions;

/// <summary>
/// Puts a <see cref="QuestionType"/> into <see cref="QuestionTypeRegistry"/> (the generator lists every class that
/// carries it); <see cref="Order"/> is its place in lists shown to authors ("use one of: single, multiple, ...").
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class RegisteredQuestionTypeAttribute : Attribute
{
    public int Order { get; init; }
}
