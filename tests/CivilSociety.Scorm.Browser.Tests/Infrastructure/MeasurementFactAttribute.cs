namespace CivilSociety.Scorm.Browser.Tests.Infrastructure;

/// <summary>
/// A measurement (or the guides' screenshots) that runs only when a script asks for it (the environment variable names
/// where its output goes: scripts/bench.sh, scripts/screenshots.sh); otherwise it is reported as skipped, never as a
/// test that passed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MeasurementFactAttribute : FactAttribute
{
    public MeasurementFactAttribute(string outputVariable, string script = "scripts/bench.sh")
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(outputVariable)))
        {
            Skip = $"run on demand: {script} runs it with {outputVariable} set";
        }
    }
}
