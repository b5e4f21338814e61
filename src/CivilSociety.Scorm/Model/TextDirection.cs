namespace CivilSociety.Scorm.Model;

public enum TextDirection
{
    LeftToRight,
    RightToLeft,
}
