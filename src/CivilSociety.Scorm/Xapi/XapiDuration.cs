using System.Globalization;
using System.Text;

namespace CivilSociety.Scorm.Xapi;

/// <summary>
/// ISO 8601 durations as xAPI wants them: PT#H#M#.##S with hours as the largest unit (XmlConvert writes days past
/// 24 hours) and at most 0.01 s precision.
/// </summary>
internal static class XapiDuration
{
    public static string Format(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), "a duration is never negative");
        }

        var hundredths = (long)Math.Round(duration.TotalMilliseconds / 10, MidpointRounding.AwayFromZero);
        var hours = hundredths / 360_000;
        var minutes = hundredths / 6_000 % 60;
        var seconds = hundredths % 6_000 / 100m;

        var builder = new StringBuilder("PT");
        if (hours > 0)
        {
            builder.Append(hours).Append('H');
        }

        if (minutes > 0)
        {
            builder.Append(minutes).Append('M');
        }

        if (seconds > 0 || (hours == 0 && minutes == 0))
        {
            builder.Append(seconds.ToString("0.##", CultureInfo.InvariantCulture)).Append('S');
        }

        return builder.ToString();
    }
}
