namespace CivilSociety.Scorm.Reports;

/// <summary>The report page's own words, in Arabic and English (other languages: English; the course's texts stay its own).</summary>
internal sealed record ReportTexts(
    string Title, string PassingScore, string OutcomesHeading, string Outcome, string Questions, string Assessed, string Mastered,
    string PassRate, string HeatMapHeading, string Learner, string NotAssessed, string NotMastered, string QuestionsHeading,
    string Question, string Section, string Answered, string Facility, string CommonWrong, string Sources, string NoLearners,
    string AnsweredOf, string Rule)
{
    private static readonly ReportTexts English = new(
        "Mastery by learning outcome", "Passing score", "Outcomes: pass rates", "Outcome", "Questions", "Learners assessed", "Mastered",
        "Pass rate", "Learners × outcomes", "Learner", "not assessed", "not mastered", "Questions: facility and the most chosen wrong answer",
        "Question", "Section", "Answered", "Answered right", "Most chosen wrong answer", "Read from", "No learner's records matched this course.",
        "answered {0} of {1}",
        "As in the package: an outcome's score counts the questions of the quizzes the learner submitted (a blank answer there is wrong); "
        + "quizzes not yet submitted count neither way. \"Answered n of m\": n of the outcome's m questions were in submitted quizzes.");

    private static readonly ReportTexts Arabic = new(
        "إتقان مخرجات التعلّم", "درجة النجاح", "المخرجات: نسب الإتقان", "المخرَج", "الأسئلة", "المتعلّمون الذين قيِّموا", "أتقنوه",
        "نسبة الإتقان", "المتعلّمون × المخرجات", "المتعلّم", "لم يُقيَّم", "لم يُتقَن", "الأسئلة: نسبة الإجابة الصحيحة والإجابة الخاطئة الأكثر اختياراً",
        "السؤال", "القسم", "أجابوا", "أجابوا إجابة صحيحة", "الإجابة الخاطئة الأكثر اختياراً", "المصادر", "لا توجد سجلات متعلّمين تخصّ هذا المقرّر.",
        "أجاب عن {0} من {1}",
        "كما في الحزمة: تُحسب درجة المخرَج من أسئلة الاختبارات التي سلّمها المتعلّم (والإجابة المتروكة فيها خاطئة)، "
        + "ولا تُحسب الاختبارات التي لم تُسلَّم بعد. «أجاب عن n من m»: n من أسئلة المخرَج الـ m كانت في اختبارات مسلَّمة.");

    public static ReportTexts For(string language) =>
        language.Split('-')[0].Equals("ar", StringComparison.OrdinalIgnoreCase) ? Arabic : English;
}
