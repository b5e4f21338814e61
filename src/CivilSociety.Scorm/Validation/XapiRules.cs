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

        if (xapi.ActivityBase != XapiSettings.DefaultCmi5ActivityBase)
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
            if ((value is not null || required) && !IsHttpAddress(value))
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
