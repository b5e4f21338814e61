using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Republishing;

/// <summary>One quiz in two versions: its questions matched by id, their choices by identity.</summary>
internal static class QuizComparison
{
    private static readonly string[] OneOrSomeChoices = ["single", "multiple", "true-false"];

    public static void Compare(string sectionId, QuizSnapshot old, QuizSnapshot @new, Func<string?, string?, SourceSpan> locate, DiagnosticBag diagnostics, List<string> kept)
    {
        var quiz = locate(sectionId, null);
        if (@new.Attempts is { } limit && (old.Attempts is null || old.Attempts > limit))
        {
            diagnostics.Report(DiagnosticCatalog.DiffAttemptsLowered, quiz, sectionId, old.Attempts?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unlimited", limit);
        }
        else if (old.Attempts != @new.Attempts)
        {
            kept.Add($"the attempts made at the quiz of '{sectionId}' (the limit is raised: learners get the new attempts)");
        }

        if (old.PassingScore != @new.PassingScore)
        {
            diagnostics.Report(DiagnosticCatalog.DiffPassingScore, quiz, $"passing score of the quiz of section '{sectionId}'",
                old.PassingScore?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "the course's", @new.PassingScore?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "the course's");
        }

        foreach (var question in old.Questions.Where(q => @new.Questions.All(n => n.Id != q.Id)))
        {
            diagnostics.Report(DiagnosticCatalog.DiffQuestionRemoved, quiz, sectionId + "." + question.Id);
        }

        foreach (var question in @new.Questions.Where(q => old.Questions.All(o => o.Id != q.Id)))
        {
            diagnostics.Report(DiagnosticCatalog.DiffQuestionAdded, locate(sectionId, question.Id), sectionId + "." + question.Id);
        }

        var common = @new.Questions.Select(q => q.Id).Where(id => old.Questions.Any(o => o.Id == id)).ToList();
        if (!common.SequenceEqual(old.Questions.Select(q => q.Id).Where(common.Contains)))
        {
            kept.Add($"the answers in the quiz of '{sectionId}', though its questions are in another order (they are kept by id)");
        }

        foreach (var after in @new.Questions)
        {
            if (old.Questions.FirstOrDefault(q => q.Id == after.Id) is { } before)
            {
                Question(sectionId + "." + after.Id, before, after, locate(sectionId, after.Id), diagnostics);
            }
        }
    }

    private static void Question(string label, QuestionSnapshot old, QuestionSnapshot @new, SourceSpan at, DiagnosticBag diagnostics)
    {
        if (old.Type != @new.Type)
        {
            diagnostics.Report(DiagnosticCatalog.DiffQuestionReset, at, label, $"answered it: its type changes from {old.Type} to {@new.Type}",
                "a question of another type is another question; give it a new id if that is what you mean, or keep its type");
            return;
        }

        Reset(label, old, @new, at, diagnostics);
        var moved = old.Choices.Join(@new.Choices, o => o.Key, n => n.Key, (o, n) => (o, n)).Where(p => p.o.Id != p.n.Id).ToList();
        if (moved.Count > 0 && OneOrSomeChoices.Contains(@new.Type))
        {
            diagnostics.Report(DiagnosticCatalog.DiffLettersChanged, at, label, string.Join(", ", moved.Select(p => $"{Named(p.n)} {p.o.Id} → {p.n.Id}")));
        }

        if (old.Correct is { } right && @new.Correct is { } now && !SameAnswer(@new.Type, Kept(right, old, @new), Kept(now, old, @new)))
        {
            diagnostics.Report(DiagnosticCatalog.DiffScoreChanged, at, label, "correct answer");
        }

        if (old.Weight != @new.Weight)
        {
            diagnostics.Report(DiagnosticCatalog.DiffScoreChanged, at, label, $"weight ({old.Weight} → {@new.Weight})");
        }

        if (!old.Outcomes.Order(StringComparer.Ordinal).SequenceEqual(@new.Outcomes.Order(StringComparer.Ordinal)))
        {
            diagnostics.Report(DiagnosticCatalog.DiffScoreChanged, at, label, $"outcomes ({string.Join(" ", old.Outcomes)} → {string.Join(" ", @new.Outcomes)}), and so the objectives' scores");
        }

        if (old.PromptDigest is { } wording && @new.PromptDigest is { } reworded && wording != reworded)
        {
            diagnostics.Report(DiagnosticCatalog.DiffPromptChanged, at, label);
        }
    }

    /// <summary>Who has the question reset: those whose answer names a choice, item or pair that is gone (never remapped).</summary>
    private static void Reset(string label, QuestionSnapshot old, QuestionSnapshot @new, SourceSpan at, DiagnosticBag diagnostics)
    {
        var gone = old.Choices.Where(o => @new.Choices.All(n => n.Key != o.Key)).ToList();
        var goneTargets = old.Targets.Where(o => @new.Targets.All(n => n.Key != o.Key)).ToList();
        var added = @new.Choices.Where(n => old.Choices.All(o => o.Key != n.Key)).ToList();
        var keep = gone.Count == 1 && added.Count == 1 && gone[0].Key.StartsWith('~')
            ? $"if {Named(added[0])} is {Named(gone[0])} reworded, end its line with {{#{gone[0].Key}}} to keep learners' answers"
            : "keep the choices that learners may have chosen, or accept that those learners answer again";
        switch (@new.Type)
        {
            case "sequencing" when gone.Count + added.Count > 0:
                diagnostics.Report(DiagnosticCatalog.DiffQuestionReset, at, label, "ordered its items: the items to order change (" + Changes(gone, added) + ")",
                    "an order of other items is another answer; change the items between cohorts of learners where you can");
                break;
            case "matching" when gone.Count + goneTargets.Count > 0:
                diagnostics.Report(DiagnosticCatalog.DiffQuestionReset, at, label, "paired " + string.Join(" or ", gone.Concat(goneTargets).Select(Named)) + ", which no longer exist as they were",
                    keep);
                break;
            case "fill-in" when @new.MaxLength < old.MaxLength:
                diagnostics.Report(DiagnosticCatalog.DiffQuestionReset, at, label, $"typed more than {@new.MaxLength} characters (the box took {old.MaxLength})",
                    "keep maxlength as it was, or raise it");
                break;
            case var type when OneOrSomeChoices.Contains(type) && gone.Count > 0:
                diagnostics.Report(DiagnosticCatalog.DiffQuestionReset, at, label, "chose " + string.Join(" or ", gone.Select(Named)) + ", which is removed or reworded", keep);
                break;
        }
    }

    /// <summary>
    /// The parts of a correct answer that name choices both versions have: a choice removed or reworded is reported
    /// as such (a reset), not as a change of the correct answer.
    /// </summary>
    private static List<string> Kept(IReadOnlyList<string> correct, QuestionSnapshot old, QuestionSnapshot @new)
    {
        var removed = old.Choices.Concat(old.Targets).Select(c => c.Key).Except(@new.Choices.Concat(@new.Targets).Select(c => c.Key))
            .Concat(@new.Choices.Concat(@new.Targets).Select(c => c.Key).Except(old.Choices.Concat(old.Targets).Select(c => c.Key)))
            .ToHashSet(StringComparer.Ordinal);
        return [.. correct.Where(c => !c.Split('=').Any(removed.Contains))];
    }

    private static bool SameAnswer(string type, IReadOnlyList<string> old, IReadOnlyList<string> @new) =>
        type == "sequencing" ? old.SequenceEqual(@new, StringComparer.Ordinal) : old.Order(StringComparer.Ordinal).SequenceEqual(@new.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    private static string Changes(List<ItemSnapshot> gone, List<ItemSnapshot> added) =>
        string.Join("; ", new[]
        {
            gone.Count > 0 ? "gone: " + string.Join(", ", gone.Select(Named)) : null,
            added.Count > 0 ? "new: " + string.Join(", ", added.Select(Named)) : null,
        }.OfType<string>());

    private static string Named(ItemSnapshot item) => item.Text is { } text ? $"'{text}'" : $"'{item.Id}'";
}
