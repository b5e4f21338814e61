namespace CivilSociety.Scorm.Markup;

/// <summary>
/// The words the blocks show (a callout's label, a transcript's link...), in the languages the player speaks. Kept
/// apart from packaging/strings/, whose every key goes into every package's course data: a course without blocks
/// stays byte for byte what it was.
/// </summary>
internal static class BlockLabels
{
    private static readonly Dictionary<string, Dictionary<string, string>> ByLanguage = new(StringComparer.Ordinal)
    {
        ["en"] = new()
        {
            ["note"] = "Note", ["tip"] = "Tip", ["warning"] = "Warning", ["important"] = "Important",
            ["tabs"] = "Tabs", ["transcript"] = "Transcript", ["captions"] = "Captions",
            ["online"] = "Watch the video online (opens in a new window; needs a connection)",
            ["glossary"] = "Glossary",
        },
        ["ar"] = new()
        {
            ["note"] = "ملاحظة", ["tip"] = "نصيحة", ["warning"] = "تحذير", ["important"] = "مهم",
            ["tabs"] = "علامات التبويب", ["transcript"] = "النص المكتوب", ["captions"] = "الترجمة المرئية",
            ["online"] = "شاهد الفيديو على الإنترنت (يُفتح في نافذة جديدة؛ يحتاج إلى اتصال)",
            ["glossary"] = "مسرد المصطلحات",
        },
        ["fr"] = new()
        {
            ["note"] = "Remarque", ["tip"] = "Astuce", ["warning"] = "Attention", ["important"] = "Important",
            ["tabs"] = "Onglets", ["transcript"] = "Transcription", ["captions"] = "Sous-titres",
            ["online"] = "Voir la vidéo en ligne (nouvelle fenêtre ; connexion nécessaire)",
            ["glossary"] = "Glossaire",
        },
        ["es"] = new()
        {
            ["note"] = "Nota", ["tip"] = "Consejo", ["warning"] = "Advertencia", ["important"] = "Importante",
            ["tabs"] = "Pestañas", ["transcript"] = "Transcripción", ["captions"] = "Subtítulos",
            ["online"] = "Ver el vídeo en línea (se abre en una ventana nueva; requiere conexión)",
            ["glossary"] = "Glosario",
        },
        ["ru"] = new()
        {
            ["note"] = "Примечание", ["tip"] = "Совет", ["warning"] = "Внимание", ["important"] = "Важно",
            ["tabs"] = "Вкладки", ["transcript"] = "Расшифровка", ["captions"] = "Субтитры",
            ["online"] = "Смотреть видео в сети (откроется в новом окне; нужно подключение)",
            ["glossary"] = "Глоссарий",
        },
        ["zh"] = new()
        {
            ["note"] = "注意", ["tip"] = "提示", ["warning"] = "警告", ["important"] = "重要",
            ["tabs"] = "选项卡", ["transcript"] = "文字稿", ["captions"] = "字幕",
            ["online"] = "在线观看视频（在新窗口中打开；需要网络连接）",
            ["glossary"] = "术语表",
        },
    };

    /// <summary>The label in the language (by its primary subtag), English when the player does not speak it.</summary>
    public static string For(string languageTag, string key)
    {
        var primary = languageTag.Split('-', '_')[0].ToLowerInvariant();
        return (ByLanguage.TryGetValue(primary, out var labels) ? labels : ByLanguage["en"])[key];
    }
}
