namespace CivilSociety.Scorm.Tests.Infrastructure;

/// <summary>A test that makes a device node: it runs as root (as CI does), and is reported as skipped elsewhere.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DeviceFactAttribute : FactAttribute
{
    public DeviceFactAttribute()
    {
        if (!SpecialFiles.CanMakeDevices())
        {
            Skip = "making a device node needs root on Linux";
        }
    }
}
