namespace CivilSociety.Scorm.Model;

/// <summary>The question types, each recorded as its SCORM 1.2 interaction type.</summary>
internal enum QuestionType
{
    /// <summary>Exactly one correct choice (radio buttons).</summary>
    SingleChoice,

    /// <summary>One or more correct choices, all of which must be picked (check boxes).</summary>
    MultipleResponse,

    /// <summary>A statement that is true or false.</summary>
    TrueFalse,

    /// <summary>A typed answer compared with the accepted answers after normalisation.</summary>
    FillIn,

    /// <summary>A typed number, exact or within a range.</summary>
    Numeric,

    /// <summary>Each item on the left matched with one on the right, through select lists.</summary>
    Matching,

    /// <summary>Items put in order with move up / move down buttons.</summary>
    Sequencing,
}
