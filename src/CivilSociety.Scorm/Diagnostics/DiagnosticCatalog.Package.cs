namespace CivilSociety.Scorm.Diagnostics;

// Package: writing the zip (Packaging/): the SCO5xxx codes.
internal static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor OutputNotWritable = new("SCO5001", Error,
        "cannot write the package: {0}", "check that the output folder exists and is writable");
    public static readonly DiagnosticDescriptor OutputNotNamedZip = new("SCO5002", Error,
        "the package is a zip, but the output '{0}' is not named .zip; nothing was written", "name it .zip so that the LMS accepts it: -o {1}");
}
