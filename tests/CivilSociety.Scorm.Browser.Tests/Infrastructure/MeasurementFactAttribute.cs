namespace CivilSociety.Scorm.Browser.Tests.Infrastructure;

/// <summary>
/// A measurement that runs only when scripts/bench.sh asks for it (the environment variable names the file for its
/// figures); otherwise it is reported as skipped, never as a test that passed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MeasurementFactAttribute : FactAttribute
{
    public MeasurementFactAttribute(string outputVariable)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(outputVariable)))
        {
            Skip = $"a measurement: scripts/bench.sh runs it with {outputVariable} set";
        }
    }
}
