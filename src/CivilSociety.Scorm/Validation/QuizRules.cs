using System.Globalization;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Validation;

/// <summary>Rules about quizzes: questions, choices, and the outcomes they assess.</summary>
internal static class QuizRules
{
    public static void QuizzesHaveQuestions(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        // A quiz whose questions could not be read (text where a heading was expected) has that error already.
        var told = diagnostics.ToList().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Location).ToList();
        foreach (var quiz in course.Sections.Select(s => s.Quiz).OfType<Quiz>().Where(q => q.Questions.Count == 0))
        {
            if (!told.Any(at => at.Path == quiz.Location.Path && at.Line > quiz.Location.Line))
            {
                diagnostics.Report(DiagnosticCatalog.EmptyQuiz, quiz.Location);
            }
        }
    }

    public static void QuestionsHavePrompts(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        foreach (var question in course.AllQuestions.Concat(course.PracticeQuestions).Where(q => string.IsNullOrWhiteSpace(q.PromptMarkdown)))
        {
            diagnostics.Report(DiagnosticCatalog.QuestionWithoutPrompt, question.Location, question.Id);
        }
    }

    public static void QuestionIdsAreUniqueInSection(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        foreach (var section in course.Sections)
        {
            // The checks' too: a question's id names its place in the page and its answer in the saved state.
            var duplicates = (section.Quiz?.Questions ?? []).Concat(section.Checks.SelectMany(c => c.Questions)).GroupBy(q => q.Id).Where(g => g.Key.Length > 0).SelectMany(g => g.Skip(1));
            foreach (var duplicate in duplicates)
            {
                diagnostics.Report(DiagnosticCatalog.DuplicateQuestionId, duplicate.Location, duplicate.Id);
            }
        }
    }

    /// <summary>Each question's type checks its answer: choices, ranges, pairs, items to order, accepted answers.</summary>
    public static void AnswersAreWellFormed(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        foreach (var question in course.AllQuestions.Concat(course.PracticeQuestions))
        {
            question.Type.Validate(question.Answer, question.Location, question.Label, diagnostics);
        }
    }

    /// <summary>Whatever the learner does, the saved state must fit the target's cmi.suspend_data (SCORM 1.2: 4096 characters).</summary>
    public static void SavedStateFitsSuspendData(Course course, PackageTarget target, DiagnosticBag diagnostics)
    {
        var worstCase = SuspendDataBudget.WorstCase(course);
        var (room, standard) = SuspendDataBudget.RoomFor(target);
        if (worstCase > room)
        {
            diagnostics.ReportWithHelp(DiagnosticCatalog.SuspendDataBudget, course.LocationOf("sections"), SuspendDataBudget.WhatToCut(course),
                worstCase, worstCase - room, room, standard);
        }

        if (course.Sections.Sum(s => s.Checks.Count) is > 0 and var checks && !SuspendDataBudget.KeepsPractice(course))
        {
            diagnostics.Report(DiagnosticCatalog.PracticeNotSaved, course.LocationOf("sections"), checks, SuspendDataBudget.WidestWithPractice(course), SuspendDataBudget.Limit);
        }
    }

    public static void OutcomeReferencesExist(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        var known = course.AllOutcomes.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        if (known.Count == 0)
        {
            return;   // no outcomes at all has its own error; naming each reference would bury it
        }

        if (course.AllOutcomes.Any(o => o.Id.Length > 0 && !CourseRules.WellFormedId().IsMatch(o.Id)))
        {
            // An outcome renamed to an invalid id (هدف1 for LO1) has its error (SCO3001); each section and question
            // still naming it by its old id would say the same mistake again. They are checked once the id is fixed.
            return;
        }

        string Help(string id, string asList)
        {
            // "LO1, LO2" or "LO1 LO2" as one name: known outcomes written as one text instead of a list.
            var parts = id.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1 && parts.All(known.Contains))
            {
                return $"these are {parts.Length} outcomes written as one name; write them as a list: {string.Format(CultureInfo.InvariantCulture, asList, string.Join(asList.Contains('"') ? " " : ", ", parts))}";
            }

            return Suggestions.InvisibleMarks(id, known.Contains)
                ?? (Suggestions.DidYouMean(id, known) is { } meant ? meant + " " : "") + $"the outcomes declared in course.yml are: {string.Join(", ", known)}";
        }

        foreach (var section in course.Sections)
        {
            foreach (var reference in section.Outcomes.Where(r => !known.Contains(r.Id)))
            {
                diagnostics.ReportWithHelp(DiagnosticCatalog.UnknownOutcome, reference.Location, Help(reference.Id, "outcomes: [{0}]"), "section", section.Id, reference.Id);
            }

            foreach (var question in (section.Quiz?.Questions ?? []).Concat(section.Checks.SelectMany(c => c.Questions)))
            {
                foreach (var reference in question.Outcomes.Where(r => !known.Contains(r.Id)))
                {
                    diagnostics.ReportWithHelp(DiagnosticCatalog.UnknownOutcome, reference.Location, Help(reference.Id, "outcomes=\"{0}\""), "question", question.Id, reference.Id);
                }
            }
        }
    }

    /// <summary>An outcome counts as assessed when a question names it or one of its sub-outcomes.</summary>
    public static void EveryOutcomeIsAssessed(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        if (!course.IsScored || course.IsIncomplete || course.AllQuestions.Any(q => q.Outcomes.Count == 0))
        {
            return;   // a question whose outcomes are missing has its own error: which outcomes it meant is unknown
        }

        if (diagnostics.HasErrors)
        {
            // A quiz fence misspelt, a question outside its quiz, a section or quiz left empty: its questions are not
            // in the course yet, so "assessed by no question" would be the same mistake again. Told once it builds.
            return;
        }

        // A misspelt reference (L01) already has its error, which names the outcome it was meant for (LO1): saying
        // that LO1 is assessed by no question as well would be the same mistake twice.
        var known = course.AllOutcomes.Select(o => o.Id).ToList();
        var named = course.AllQuestions.SelectMany(q => q.Outcomes)
            .Select(r => known.Contains(r.Id, StringComparer.Ordinal) ? r.Id : Suggestions.Closest(r.Id, known) ?? r.Id)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var outcome in course.AllOutcomes.Where(o => !o.SelfAndDescendants().Any(d => named.Contains(d.Id))))
        {
            diagnostics.Report(DiagnosticCatalog.OutcomeNotAssessed, outcome.Location, outcome.Id);
        }
    }
}
