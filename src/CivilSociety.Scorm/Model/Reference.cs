using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Model;

/// <summary>An id written somewhere in the source, kept with its place so a bad one can be reported there.</summary>
internal sealed record Reference(string Id, SourceSpan Location);
