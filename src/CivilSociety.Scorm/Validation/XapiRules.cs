using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Validation;

/// <summary>Rules about the optional xAPI settings.</summary>
internal static class XapiRules
{
    public static void AddressesAreAbsolute(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        if (course.Xapi is not { } xapi)
        {
            return;
        }

        if (xapi.ActivityBase.Length == 0 && xapi.FromCommandLine.Count > 0 && !xapi.FromCommandLine.Contains("activity_base"))
        {
            // --xapi-endpoint alone, without an xapi: block: the activity base is missing, not "'' is not an address".
            diagnostics.Add(DiagnosticCatalog.XapiRequired.At(SourceSpan.File("")) with
            {
                Message = "--xapi-endpoint turns xAPI statements on, and they need an activity base too",
                Help = "pass --xapi-base https://courses.example.org/xapi as well, or add an xapi: block with activity_base to course.yml",
            });
        }
        else if (xapi.ActivityBase != XapiSettings.DefaultCmi5ActivityBase)
        {
            Check("activity_base", xapi.ActivityBase, required: true);
        }

        Check("endpoint", xapi.Endpoint, required: false);
        if (xapi.HomePage != XapiSettings.DefaultHomePage)
        {
            Check("home_page", xapi.HomePage, required: true);
        }

        if (xapi.Auth is not null)
        {
            diagnostics.Report(DiagnosticCatalog.XapiCredentialReadable, xapi.Location);
        }

        void Check(string key, string? value, bool required)
        {
            if ((value is not null || required) && !IsHttpAddress(value) && xapi.FromCommandLine.Contains(key))
            {
                // Given as --xapi-base or --xapi-endpoint: course.yml is not where it is written.
                var option = key == "endpoint" ? "--xapi-endpoint" : "--xapi-base";
                diagnostics.Add(DiagnosticCatalog.XapiInvalidIri.At(SourceSpan.File(""), key, value ?? "") with
                {
                    Message = $"{option} '{value?.TrimEnd('/')}' is not an absolute http(s) address",
                    Help = $"write it in full, with https://: {option} https://{(value ?? "").Trim('/')}",
                });
            }
            else if ((value is not null || required) && !IsHttpAddress(value))
            {
                diagnostics.Report(DiagnosticCatalog.XapiInvalidIri, xapi.Location, key, value ?? "");
            }
        }
    }

    public static void FitTarget(Course course, PackageTarget target, DiagnosticBag diagnostics)
    {
        if (target == PackageTarget.Xapi && course.Xapi is null)
        {
            diagnostics.Report(DiagnosticCatalog.XapiRequired, course.Location);
        }
    }

    private static bool IsHttpAddress(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !value!.Contains(' ', StringComparison.Ordinal);
}
