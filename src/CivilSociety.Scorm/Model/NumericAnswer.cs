namespace CivilSociety.Scorm.Model;

/// <summary>The accepted numbers: one (Min == Max) or an inclusive range.</summary>
internal sealed record NumericAnswer(decimal Min, decimal Max)
{
    public bool IsExact => Min == Max;
}
