using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Validation;

/// <summary>Rules about quizzes: questions, choices, and the outcomes they assess.</summary>
internal static class QuizRules
{
    public static void QuizzesHaveQuestions(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        foreach (var quiz in course.Sections.Select(s => s.Quiz).OfType<Quiz>().Where(q => q.Questions.Count == 0))
        {
            diagnostics.Report(DiagnosticCatalog.EmptyQuiz, quiz.Location);
        }
    }

    public static void QuestionsHavePrompts(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        foreach (var question in course.AllQuestions.Where(q => string.IsNullOrWhiteSpace(q.PromptMarkdown)))
        {
            diagnostics.Report(DiagnosticCatalog.QuestionWithoutPrompt, question.Location, question.Id);
        }
    }

    public static void QuestionIdsAreUniqueInSection(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        foreach (var section in course.Sections)
        {
            var duplicates = (section.Quiz?.Questions ?? []).GroupBy(q => q.Id).Where(g => g.Key.Length > 0).SelectMany(g => g.Skip(1));
            foreach (var duplicate in duplicates)
            {
                diagnostics.Report(DiagnosticCatalog.DuplicateQuestionId, duplicate.Location, duplicate.Id);
            }
        }
    }

    public static void ChoicesAreWellFormed(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        foreach (var question in course.AllQuestions.Where(q => q.HasChoiceList && q.Choices.Count > 0))
        {
            var label = question.Id.Length > 0 ? question.Id : question.PromptMarkdown;
            var correct = question.CorrectChoices.Count();
            if (correct == 0)
            {
                diagnostics.Report(DiagnosticCatalog.NoCorrectChoice, question.Location, label);
            }
            else if (correct > 1 && question.Type == QuestionType.SingleChoice)
            {
                diagnostics.Report(DiagnosticCatalog.SingleChoiceWithSeveralCorrect, question.Location, label, correct);
            }

            if (question.Choices.Count > 26)
            {
                diagnostics.Report(DiagnosticCatalog.TooManyChoices, question.Location, label, question.Choices.Count);
            }

        }

        foreach (var question in course.AllQuestions)
        {
            var label = question.Id.Length > 0 ? question.Id : question.PromptMarkdown;
            foreach (var empty in question.Choices.Where(c => string.IsNullOrWhiteSpace(c.Markdown)))
            {
                diagnostics.Report(DiagnosticCatalog.EmptyChoice, empty.Location, label);
            }

            foreach (var duplicate in question.Choices.GroupBy(c => c.Markdown.Trim()).Where(g => g.Key.Length > 0).SelectMany(g => g.Skip(1)))
            {
                diagnostics.Report(DiagnosticCatalog.DuplicateChoiceText, duplicate.Location, label, duplicate.Markdown.Trim());
            }
        }
    }

    /// <summary>The answers of the types beyond choices: ranges, pairs, items to order, accepted answers.</summary>
    public static void AnswersAreWellFormed(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        foreach (var question in course.AllQuestions)
        {
            var label = question.Id.Length > 0 ? question.Id : question.PromptMarkdown;
            switch (question.Type)
            {
                case QuestionType.Numeric when question.Numeric is { } numeric && numeric.Min > numeric.Max:
                    diagnostics.Report(DiagnosticCatalog.NumericRangeReversed, question.Location, label, numeric.Min, numeric.Max);
                    break;
                case QuestionType.Matching when question.Pairs.Count is > 0 and (< 2 or > 9):
                    diagnostics.Report(DiagnosticCatalog.PairCount, question.Location, label, question.Pairs.Count);
                    break;
                case QuestionType.Matching:
                    foreach (var duplicate in question.Pairs.GroupBy(p => p.LeftMarkdown.Trim()).SelectMany(g => g.Skip(1)))
                    {
                        diagnostics.Report(DiagnosticCatalog.DuplicateMatchingItem, duplicate.Location, label, duplicate.LeftMarkdown.Trim());
                    }

                    break;
                case QuestionType.Sequencing when question.Choices.Count is > 0 and (< 2 or > 26):
                    diagnostics.Report(DiagnosticCatalog.SequenceItemCount, question.Location, label, question.Choices.Count);
                    break;
                case QuestionType.FillIn:
                    foreach (var answer in question.Choices.Where(c => c.Markdown.Length > question.FillIn.MaxLength))
                    {
                        diagnostics.Report(DiagnosticCatalog.FillInAnswerTooLong, answer.Location, label, answer.Markdown.Length, question.FillIn.MaxLength);
                    }

                    break;
            }
        }
    }

    /// <summary>Whatever the learner does, the saved state must fit SCORM 1.2's 4096 characters.</summary>
    public static void SavedStateFitsSuspendData(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        var worstCase = SuspendDataBudget.WorstCase(course);
        if (worstCase > SuspendDataBudget.Limit)
        {
            diagnostics.Report(DiagnosticCatalog.SuspendDataBudget, course.LocationOf("sections"), worstCase, worstCase - SuspendDataBudget.Limit);
        }
    }

    public static void OutcomeReferencesExist(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        var known = course.AllOutcomes.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        if (known.Count == 0)
        {
            return;   // no outcomes at all has its own error; naming each reference would bury it
        }

        var help = $"the outcomes declared in course.yml are: {string.Join(", ", known)}";
        foreach (var section in course.Sections)
        {
            foreach (var reference in section.Outcomes.Where(r => !known.Contains(r.Id)))
            {
                diagnostics.ReportWithHelp(DiagnosticCatalog.UnknownOutcome, reference.Location, help, "section", section.Id, reference.Id);
            }

            foreach (var question in section.Quiz?.Questions ?? [])
            {
                foreach (var reference in question.Outcomes.Where(r => !known.Contains(r.Id)))
                {
                    diagnostics.ReportWithHelp(DiagnosticCatalog.UnknownOutcome, reference.Location, help, "question", question.Id, reference.Id);
                }
            }
        }
    }

    /// <summary>An outcome counts as assessed when a question names it or one of its sub-outcomes.</summary>
    public static void EveryOutcomeIsAssessed(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        if (!course.IsScored || course.IsIncomplete)
        {
            return;
        }

        var named = course.AllQuestions.SelectMany(q => q.Outcomes).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var outcome in course.AllOutcomes.Where(o => !o.SelfAndDescendants().Any(d => named.Contains(d.Id))))
        {
            diagnostics.Report(DiagnosticCatalog.OutcomeNotAssessed, outcome.Location, outcome.Id);
        }
    }
}
