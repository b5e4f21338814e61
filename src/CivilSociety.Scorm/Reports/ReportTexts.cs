namespace CivilSociety.Scorm.Reports;

/// <summary>The report page's own words, in Arabic and English (other languages: English; the course's texts stay its own).</summary>
internal sealed record ReportTexts(
    string Title, string PassingScore, string OutcomesHeading, string Outcome, string Questions, string Assessed, string Mastered,
    string PassRate, string HeatMapHeading, string Learner, string NotAssessed, string NotMastered, string QuestionsHeading,
    string Question, string Section, string Answered, string Facility, string CommonWrong, string Sources, string NoLearners)
{
    private static readonly ReportTexts English = new(
        "Mastery by learning outcome", "Passing score", "Outcomes: pass rates", "Outcome", "Questions", "Learners assessed", "Mastered",
        "Pass rate", "Learners × outcomes", "Learner", "not assessed", "not mastered", "Questions: facility and the most chosen wrong answer",
        "Question", "Section", "Answered", "Answered right", "Most chosen wrong answer", "Read from", "No learner's records matched this course.");

    private static readonly ReportTexts Arabic = new(
        "إتقان مخرجات التعلّم", "درجة النجاح", "المخرجات: نسب الإتقان", "المخرَج", "الأسئلة", "المتعلّمون الذين قيِّموا", "أتقنوه",
        "نسبة الإتقان", "المتعلّمون × المخرجات", "المتعلّم", "لم يُقيَّم", "لم يُتقَن", "الأسئلة: نسبة الإجابة الصحيحة والإجابة الخاطئة الأكثر اختياراً",
        "السؤال", "القسم", "أجابوا", "أجابوا إجابة صحيحة", "الإجابة الخاطئة الأكثر اختياراً", "المصادر", "لا توجد سجلات متعلّمين تخصّ هذا المقرّر.");

    public static ReportTexts For(string language) =>
        language.Split('-')[0].Equals("ar", StringComparison.OrdinalIgnoreCase) ? Arabic : English;
}
