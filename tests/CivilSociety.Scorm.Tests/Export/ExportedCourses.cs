namespace CivilSociety.Scorm.Tests.Export;

/// <summary>The courses every importer check exports: the real (Arabic) course and both samples, by folder below the repository.</summary>
public static class ExportedCourses
{
    public static TheoryData<string> All => new() { "content", "samples/every-question-type", "samples/minimal-en" };
}
