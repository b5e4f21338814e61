using System.Text;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Resources;
using CivilSociety.Scorm.Validation;

namespace CivilSociety.Scorm.Authoring;

/// <summary>Why <see cref="CourseScaffold.Create"/> wrote nothing.</summary>
public enum ScaffoldRefusal
{
    None,
    DirectoryNotEmpty,
    InvalidLanguage,
    PathIsAFile,
}

/// <summary>
/// <c>civil-scorm new</c>: a small working course (course.yml, two sections, a quiz) that builds at once without a
/// warning, written in the chosen language. Texts exist for Arabic and English; for another language the course
/// gets the right lang and direction, English placeholder texts, and the player's English strings under
/// <c>strings:</c> for the author to translate (so the player has a text for every key and nothing falls back).
/// </summary>
public static class CourseScaffold
{
    /// <summary>The folder for images, sound and video, made empty: a section links a file in it as ../media/NAME.</summary>
    public const string MediaFolder = "media";

    /// <summary><paramref name="help"/> for a language that is no tag, after "did you mean 'ar'?" when its name or code was written (Arabic, ara, ar_EG).</summary>
    public static string LanguageHelp(string written, string help) => Languages.WithTagMeant(written, help);

    public static ScaffoldRefusal Create(string directory, string language, out IReadOnlyList<string> written)
    {
        written = [];
        if (!Languages.IsWellFormed(language))
        {
            return ScaffoldRefusal.InvalidLanguage;
        }

        if (File.Exists(directory))
        {
            return ScaffoldRefusal.PathIsAFile;
        }

        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            return ScaffoldRefusal.DirectoryNotEmpty;
        }

        var texts = language.Split('-')[0].Equals("ar", StringComparison.OrdinalIgnoreCase) ? Arabic : English;
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["course.yml"] = CourseYml(IdFrom(directory), language, texts),
            ["sections/01-introduction.md"] = texts.SectionOne,
            ["sections/02-practice.md"] = texts.SectionTwo,
        };

        Directory.CreateDirectory(Path.Combine(directory, "sections"));
        Directory.CreateDirectory(Path.Combine(directory, MediaFolder));   // where the section text says images go
        foreach (var (path, text) in files)
        {
            File.WriteAllText(Path.Combine(directory, path), text.ReplaceLineEndings("\n"), new UTF8Encoding(false));
        }

        written = [.. files.Keys];
        return ScaffoldRefusal.None;
    }

    /// <summary>The folder's name as a course id when it is one; otherwise a neutral id the author can change.</summary>
    private static string IdFrom(string directory)
    {
        var name = Path.GetFileName(Path.GetFullPath(directory).TrimEnd('/', '\\')).ToLowerInvariant().Replace(' ', '-');
        return CourseRules.WellFormedId().IsMatch(name) ? name : "my-course";
    }

    private static string CourseYml(string id, string language, Texts texts)
    {
        var builder = new StringBuilder();
        builder.Append($"""
            # {texts.Comment}
            id: {id}
            title: {texts.Title}
            language: {language}
            direction: {(Languages.DirectionOf(language) == TextDirection.RightToLeft ? "rtl" : "ltr")}
            version: 1.0.0
            authors: [{texts.Author}]
            passing_score: 80
            outcomes:
              - id: LO1
                text: {texts.OutcomeOne}
              - id: LO2
                text: {texts.OutcomeTwo}
            sections:
              - sections/01-introduction.md
              - sections/02-practice.md

            """);
        if (!UiStrings.Supports(language))
        {
            builder.Append("# The player has no texts in this language yet: translate these.\nstrings:\n");
            foreach (var (key, value) in UiStrings.For("en", new Dictionary<string, string>()).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                builder.Append($"  {key}: \"{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"\n");
            }
        }

        return builder.ToString();
    }

    private sealed record Texts(string Comment, string Title, string Author, string OutcomeOne, string OutcomeTwo, string SectionOne, string SectionTwo);

    private static readonly Texts English = new(
        "A new course: edit the texts, add sections, then run: civil-scorm build",
        "My first course",
        "Your Name",
        "Explain what the course is about",
        "Apply the first idea of the course",
        """
        ---
        id: introduction
        title: Introduction
        outcomes: [LO1]
        ---

        Welcome. Write the first section of your course here in **Markdown**: paragraphs, *emphasis*, lists,
        tables and images (put image files in the course's `media/` folder and show one with
        `![what it shows](../media/picture.png)`: a path starts from this file's folder, `sections/`).

        - A list item
        - Another list item

        The next section, [Practice](02-practice.md), ends with a short quiz.

        """,
        """
        ---
        id: practice
        title: Practice
        outcomes: [LO1, LO2]
        ---

        A section can end with a quiz. Each question names the learning outcomes it assesses.

        ::: quiz
        ### What is this course about? {#q-about outcomes="LO1"}

        - [x] The topic described in the introduction
        - [ ] Something else
          > Read the introduction again.

        > correct: Yes.
        > incorrect: Look at the first section once more.

        ### Which steps belong to the first idea? {#q-steps outcomes="LO2" type=multiple}

        - [x] The first step
        - [x] The second step
        - [ ] A step from another idea
        :::

        """);

    private static readonly Texts Arabic = new(
        "مقرر جديد: عدّل النصوص وأضف الأقسام، ثم شغّل: civil-scorm build",
        "مقرري الأول",
        "اسم المؤلف",
        "شرح موضوع المقرر",
        "تطبيق الفكرة الأولى من المقرر",
        """
        ---
        id: introduction
        title: مقدمة
        outcomes: [LO1]
        ---

        مرحبًا بك. اكتب هنا القسم الأول من مقررك بلغة **ماركداون**: فقرات، *تأكيد*، قوائم، جداول وصور
        (ضع ملفات الصور في مجلد `media/` الخاص بالمقرر واعرضها هكذا: `![وصف الصورة](../media/picture.png)`).

        - عنصر في قائمة
        - عنصر آخر

        ينتهي القسم التالي، [التطبيق](02-practice.md)، باختبار قصير.

        """,
        """
        ---
        id: practice
        title: التطبيق
        outcomes: [LO1, LO2]
        ---

        يمكن أن ينتهي القسم باختبار. يذكر كل سؤال مخرجات التعلم التي يقيسها.

        ::: quiz
        ### ما موضوع هذا المقرر؟ {#q-about outcomes="LO1"}

        - [x] الموضوع الموصوف في المقدمة
        - [ ] موضوع آخر
          > اقرأ المقدمة مرة أخرى.

        > صحيح: أحسنت.
        > خطأ: راجع القسم الأول مرة أخرى.

        ### ما الخطوات التي تنتمي إلى الفكرة الأولى؟ {#q-steps outcomes="LO2" type=multiple}

        - [x] الخطوة الأولى
        - [x] الخطوة الثانية
        - [ ] خطوة من فكرة أخرى
        :::

        """);
}
