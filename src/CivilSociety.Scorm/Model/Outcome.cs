using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Model;

/// <summary>A learning outcome; sub-outcomes nest under it.</summary>
internal sealed record Outcome(string Id, string Text, string? ParentId, IReadOnlyList<Outcome> Children, SourceSpan Location)
{
    /// <summary>This outcome and all below it, depth first, in declaration order.</summary>
    public IEnumerable<Outcome> SelfAndDescendants()
    {
        yield return this;
        foreach (var descendant in Children.SelectMany(child => child.SelfAndDescendants()))
        {
            yield return descendant;
        }
    }
}
