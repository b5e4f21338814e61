namespace CivilSociety.Scorm.Tests.ItemWriting;

/// <summary>
/// Items to check, flawed (with the codes they must get) and clean, in Arabic and English. The clean ones are written
/// the way the guidelines ask, with the words the rules look for used where they are fine (a hedge in every option,
/// «لا سيما», «غير الحكومية», an emphasised negative, a term of the text as a short key).
/// </summary>
internal static class ItemItems
{
    private const string EnglishProse = "Civil society often complements the role of the government and works in cooperation with it. " +
        "NGOs, usually in the form of trusts or charitable foundations, take part in counter-trafficking initiatives.";

    private const string ArabicProse = "يساهم المجتمع المدني مساهمةً كبيرةً في مكافحة الاتجار بالأشخاص، وغالباً ما يُكمِّل دور الحكومة ويعمل بالتعاون معها. " +
        "والمنظمات غير الحكومية التي عادةً ما تكون في شكل صناديق أو مؤسسات خيرية تشارك في مبادرات مكافحة الاتجار.";

    public static string Section(string language, string prose, string quiz) =>
        $"---\nid: one\ntitle: Section one\noutcomes: [LO1]\nlanguage: {language}\n---\n\n{prose}\n\n::: quiz\n{quiz.ReplaceLineEndings("\n").Trim()}\n:::\n";

    public static readonly Dictionary<string, (string Language, string Prose, string Quiz, string[] Codes)> Flawed = new()
    {
        ["en: key much longer"] = ("en", EnglishProse, """
            ### Why do poorer states rely on NGOs? {#q1 outcomes="LO1"}
            - [x] Because the services NGOs provide go well beyond what the state's own budget could ever fund
            - [ ] Because their police forces are small
            - [ ] Because NGOs try the traffickers
            """, ["SCO4001"]),
        ["ar: key much longer"] = ("ar", ArabicProse, """
            ### لماذا تعتمد الدول الأقل ثراءً على المنظمات غير الحكومية؟ {#q1 outcomes="LO1"}
            - [x] لأنّ هذه المنظمات تقدّم خدماتٍ تتجاوز كثيراً ما تستطيع ميزانية الدولة نفسها تمويله
            - [ ] لأنّ شرطتها قليلة العدد
            - [ ] لأنّ المنظمات تحاكم المتاجرين
            """, ["SCO4001"]),
        ["en: only the key hedges"] = ("en", EnglishProse, """
            ### How does civil society relate to the government? {#q1 outcomes="LO1"}
            - [x] It usually supports the government's work
            - [ ] It completely replaces the government
            - [ ] It audits the government's spending
            """, ["SCO4002"]),
        ["ar: only the key hedges"] = ("ar", ArabicProse, """
            ### ما العلاقة بين المجتمع المدني والحكومة؟ {#q1 outcomes="LO1"}
            - [x] عادةً ما يدعم المجتمع المدني عمل الحكومة
            - [ ] يحلّ المجتمع المدني محلّ الحكومة دائماً
            - [ ] يراقب المجتمع المدني إنفاق الحكومة
            """, ["SCO4002"]),
        ["ar: only the key hedges with qad"] = ("ar", ArabicProse, """
            ### ما أثر قرارات الشراء في مكافحة الاتجار؟ {#q1 outcomes="LO1"}
            - [x] قد تحدّ من الطلب على عمل المستغَلّين
            - [ ] لا أثر لها في الطلب على عملهم
            - [ ] ترفع أجور العمال في كل مكان
            """, ["SCO4002"]),
        ["en: absolute distractors"] = ("en", EnglishProse, """
            ### Why does civil society matter more in poorer states? {#q1 outcomes="LO1"}
            - [x] They rely on NGOs to provide services
            - [ ] They never have police forces
            - [ ] Trafficking only happens there
            """, ["SCO4003"]),
        ["ar: absolute distractors"] = ("ar", ArabicProse, """
            ### لماذا يكتسب المجتمع المدني أهمية خاصة في البلدان الأقل ثراءً؟ {#q1 outcomes="LO1"}
            - [x] لأنها تعتمد على المنظمات في تقديم الخدمات
            - [ ] لأنها تخلو من أجهزة إنفاذ القانون
            - [ ] لأن الاتجار لا يقع إلا فيها
            """, ["SCO4003"]),
        ["en: all of the above"] = ("en", EnglishProse, """
            ### Which bodies belong to civil society? {#q1 outcomes="LO1"}
            - [ ] The media
            - [ ] Academic institutions
            - [x] All of the above.
            """, ["SCO4004"]),
        ["ar: all of the above"] = ("ar", ArabicProse, """
            ### أيّ الجهات التالية من فئات المجتمع المدني؟ {#q1 outcomes="LO1"}
            - [ ] وسائط الإعلام
            - [ ] المؤسسات الأكاديمية
            - [x] كلُّ ما سبق
            """, ["SCO4004"]),
        ["en: none of the above"] = ("en", EnglishProse, """
            ### Which body belongs to civil society? {#q1 outcomes="LO1"}
            - [ ] The border police
            - [ ] The national courts
            - [x] None of these
            """, ["SCO4005"]),
        ["ar: none of the above"] = ("ar", ArabicProse, """
            ### أيّ الجهات التالية من فئات المجتمع المدني؟ {#q1 outcomes="LO1"}
            - [ ] شرطة الحدود
            - [ ] المحاكم الوطنية
            - [x] لا شيءَ ممّا سبق
            """, ["SCO4005"]),
        ["en: keys are the majority"] = ("en", EnglishProse, """
            ### Which activities does civil society take part in? {#q1 outcomes="LO1" type=multiple}
            - [x] Raising awareness
            - [x] Identifying victims
            - [x] Giving legal aid
            - [ ] Sentencing traffickers
            - [ ] Issuing visas
            """, ["SCO4006"]),
        ["ar: keys are the majority"] = ("ar", ArabicProse, """
            ### في أيّ الأنشطة التالية يشارك المجتمع المدني؟ {#q1 outcomes="LO1" type=multiple}
            - [x] التوعية
            - [x] التعرف على هوية الضحايا
            - [x] تقديم المساعدة القانونية
            - [ ] إصدار الأحكام القضائية
            """, ["SCO4006"]),
        ["en: every option is a key"] = ("en", EnglishProse, """
            ### In which efforts is civil society a partner? {#q1 outcomes="LO1" type=multiple}
            - [x] Prevention
            - [x] Protection
            - [x] Prosecution
            """, ["SCO4007"]),
        ["ar: every option is a key"] = ("ar", ArabicProse, """
            ### في أيّ الجهود يُعدّ المجتمع المدني شريكاً؟ {#q1 outcomes="LO1" type=multiple}
            - [x] الوقاية
            - [x] الحماية
            - [x] الملاحقة القضائية
            """, ["SCO4007"]),
        ["en: key copied from the text"] = ("en", EnglishProse, """
            ### What form do NGOs usually take? {#q1 outcomes="LO1"}
            - [x] The form of trusts or charitable foundations
            - [ ] The form of companies that seek a profit
            - [ ] The form of offices of the town council
            """, ["SCO4008"]),
        ["ar: key copied from the text"] = ("ar", ArabicProse, """
            ### ما العلاقة بين دور المجتمع المدني ودور الحكومة؟ {#q1 outcomes="LO1"}
            - [x] يُكمّل دورَ الحكومة ويعمل بالتعاون معها
            - [ ] يتولّى مهامّ الحكومة ويعمل نيابةً عنها
            - [ ] يراقب أداء الحكومة ويرفع تقارير عنها
            """, ["SCO4008"]),
        ["en: a stem gives away another key"] = ("en", "Some text.", """
            ### NGOs are usually charitable trusts or foundations. Which of their activities helps the police? {#q1 outcomes="LO1"}
            - [x] Helping gather evidence
            - [ ] Sentencing traffickers
            - [ ] Issuing visas
            ### What form do NGOs usually take? {#q2 outcomes="LO1"}
            - [x] Charitable trusts or foundations
            - [ ] Companies that seek a profit
            - [ ] Offices of the town councils
            """, ["SCO4009"]),
        ["ar: feedback gives away another key"] = ("ar", "نصٌّ قصير.", """
            ### أيّ الجهات التالية من فئات المجتمع المدني؟ {#q1 outcomes="LO1"}
            - [x] وسائط الإعلام
            - [ ] شركات الطيران والفنادق
              > هذه من قطاع الأعمال، وهو ليس في حد ذاته جزءاً من المجتمع المدني، وإن كان له دور هام.
            - [ ] المحاكم الوطنية
            ### ما وضع قطاع الأعمال بالنسبة إلى المجتمع المدني؟ {#q2 outcomes="LO1"}
            - [x] ليس في حد ذاته جزءاً منه، لكنّ له دوراً هاماً
            - [ ] هو إحدى فئاته الرئيسية إلى جانب الإعلام
            - [ ] هو جهة حكومية تنظّم عمل الجمعيات
            """, ["SCO4009"]),
        ["en: tagged with most outcomes"] = ("en", "Some text.", """
            ### Which is first? {#q1 outcomes="LO1 LO2 LO2.1"}
            - [x] The first
            - [ ] The second
            """, ["SCO4010"]),
        ["en: negative stem"] = ("en", "Some text.", """
            ### Which of these is not a category of civil society? {#q1 outcomes="LO1"}
            - [ ] The media
            - [ ] Religious institutions
            - [x] The border police
            """, ["SCO4012"]),
        ["en: negative stem, except"] = ("en", "Some text.", """
            ### All of these are activities of civil society except one. Which? {#q1 outcomes="LO1"}
            - [ ] Raising awareness
            - [ ] Sheltering victims
            - [x] Sentencing traffickers
            """, ["SCO4012"]),
        ["ar: negative stem"] = ("ar", "نصٌّ قصير.", """
            ### أيٌّ مما يلي لا يُعدّ من أنشطة المجتمع المدني؟ {#q1 outcomes="LO1"}
            - [ ] التوعية
            - [ ] تقديم المأوى للضحايا
            - [x] إصدار الأحكام
            """, ["SCO4012"]),
        ["ar: negative stem, illa"] = ("ar", "نصٌّ قصير.", """
            ### جميع ما يلي من أنشطة المجتمع المدني إلا: {#q1 outcomes="LO1"}
            - [ ] التوعية
            - [ ] تقديم المأوى للضحايا
            - [x] إصدار الأحكام
            """, ["SCO4012"]),
        ["ar: all of the above, another form"] = ("ar", "نصٌّ قصير.", """
            ### أي الجهات التالية من فئات المجتمع المدني؟ {#q1 outcomes="LO1"}
            - [ ] وسائط الإعلام
            - [ ] المؤسسات الدينية
            - [x] الإجابات السابقة جميعها
            """, ["SCO4004"]),
        ["en: near-duplicate options"] = ("en", "Some text.", """
            ### What do NGOs offer victims? {#q1 outcomes="LO1"}
            - [x] Shelter and medical care
            - [ ] The protection of victims
            - [ ] Victims' protection
            """, ["SCO4013"]),
        ["ar: near-duplicate options"] = ("ar", "نصٌّ قصير.", """
            ### ما الذي تقدّمه المنظمات غير الحكومية للضحايا؟ {#q1 outcomes="LO1"}
            - [x] المأوى والرعاية الطبية
            - [ ] حمايةُ الضحايا
            - [ ] الحماية للضحايا
            """, ["SCO4013"]),
    };

    public static readonly Dictionary<string, (string Language, string Prose, string Quiz)> Clean = new()
    {
        ["en: case, paraphrased key, equal lengths"] = ("en", EnglishProse, """
            ### A state's shelters are full and its budget is spent. What does working with NGOs give it? {#q1 outcomes="LO1" level=understand}
            - [x] Services its own budget cannot fund
              > Yes: NGOs can offer what the state cannot pay for.
            - [ ] Courts that can try the traffickers
              > Trials stay with the state's courts; NGOs support them.
            - [ ] Police officers to patrol the border
              > Border control stays with the state.
            > correct: NGOs extend what the state can offer victims.
            > incorrect: Think of what the state lacks in this case: money for services.
            """),
        ["en: hedges in every option"] = ("en", EnglishProse, """
            ### How do NGOs usually help law enforcement? {#q1 outcomes="LO1"}
            - [x] They often help gather and analyse evidence
            - [ ] They usually decide which cases go to trial
            - [ ] They sometimes issue the arrest warrants
            """),
        ["en: multiple response with half keys"] = ("en", EnglishProse, """
            ### Which of these are activities of civil society against trafficking? {#q1 outcomes="LO1" type=multiple}
            - [x] Identifying victims
            - [x] Helping victims return home
            - [ ] Sentencing traffickers
            - [ ] Issuing residence visas
            """),
        ["en: emphasised negative"] = ("en", EnglishProse, """
            ### Which of these is **not** a category of civil society? {#q1 outcomes="LO1"}
            - [ ] The media
            - [ ] Religious institutions
            - [x] The border police
            """),
        ["en: short term as key, named in the text"] = ("en", EnglishProse, """
            ### A foundation runs a shelter for victims. Which category of civil society is it? {#q1 outcomes="LO1"}
            - [x] An NGO
            - [ ] The media
            - [ ] An academic institution
            """),
        ["en: two independent items"] = ("en", EnglishProse, """
            ### Which body belongs to civil society? {#q1 outcomes="LO1"}
            - [x] A university research centre
            - [ ] A national border agency
            - [ ] A ministry of the interior
            ### What can a consumer do against trafficking? {#q2 outcomes="LO1"}
            - [x] Avoid goods made by forced labour
            - [ ] Report every shop to the police
            - [ ] Stop giving money to charities
            """),
        ["en: a name as the key, named in the text"] = ("en", "The United Nations Office on Drugs and Crime supports the E4J series for lecturers.", """
            ### Which body supports the E4J university modules? {#q1 outcomes="LO1"}
            - [x] The United Nations Office on Drugs and Crime
            - [ ] The International Labour Organization
            - [ ] The International Organization for Migration
            """),
        ["en: whether or not"] = ("en", EnglishProse, """
            ### A hotel chain must decide whether or not to train its staff. What does training add? {#q1 outcomes="LO1"}
            - [x] Staff who can spot signs of trafficking
            - [ ] Staff who can arrest suspected traffickers
            - [ ] Staff who can grant visas to the victims
            """),
        ["ar: case, paraphrased key, equal lengths"] = ("ar", ArabicProse, """
            ### امتلأت ملاجئ دولةٍ ونفدت ميزانيتها. ما الذي يضيفه لها التعاون مع المنظمات غير الحكومية؟ {#q1 outcomes="LO1" level=understand}
            - [x] خدمات لا تقدر ميزانيتها على تمويلها
              > نعم: تقدّم المنظمات ما لا تستطيع الدولة دفع كلفته.
            - [ ] محاكم تتولّى محاكمة المتاجرين بدلها
              > تبقى المحاكمة من اختصاص محاكم الدولة؛ والمنظمات تدعمها.
            - [ ] عناصر شرطة تراقب الحدود نيابةً عنها
              > تبقى مراقبة الحدود من مهام الدولة.
            > صحيح: توسّع المنظمات ما تستطيع الدولة تقديمه للضحايا.
            > خطأ: فكّر فيما ينقص الدولة في هذه الحالة: المال اللازم للخدمات.
            """),
        ["ar: hedges in every option"] = ("ar", ArabicProse, """
            ### كيف تساعد المنظمات غير الحكومية أجهزة إنفاذ القانون عادةً؟ {#q1 outcomes="LO1"}
            - [x] غالباً ما تساعدها في جمع الأدلة وتحليلها
            - [ ] عادةً ما تقرّر القضايا التي تُحال إلى المحاكم
            - [ ] أحياناً ما تُصدر مذكرات القبض على المتهمين
            """),
        ["ar: multiple response with half keys"] = ("ar", ArabicProse, """
            ### أيٌّ مما يلي من أنشطة المجتمع المدني في مكافحة الاتجار؟ {#q1 outcomes="LO1" type=multiple}
            - [x] التعرف على هوية الضحايا
            - [x] مساعدة الضحايا على العودة إلى أوطانهم
            - [ ] إصدار الأحكام على المتاجرين
            - [ ] منح تأشيرات الإقامة
            """),
        ["ar: emphasised negative, la siyyama, ghayr"] = ("ar", ArabicProse, """
            ### لماذا تحتاج الدول، لا سيما الأقل ثراءً، إلى المنظمات غير الحكومية؟ {#q1 outcomes="LO1"}
            - [x] لأنها تقدّم خدمات تتجاوز قدرة الدولة المالية
            - [ ] لأنها تتولّى محاكمة المتاجرين في المحاكم
            - [ ] لأنها تمنح الضحايا تأشيرات إقامة دائمة
            ### أيٌّ مما يلي **ليس** من فئات المجتمع المدني؟ {#q2 outcomes="LO1"}
            - [ ] وسائط الإعلام
            - [ ] المؤسسات الدينية
            - [x] شرطة الحدود
            """),
        ["ar: short term as key, named in the text"] = ("ar", ArabicProse, """
            ### مؤسسة خيرية تدير ملجأً للضحايا. إلى أيّ فئة من فئات المجتمع المدني تنتمي؟ {#q1 outcomes="LO1"}
            - [x] المنظمات غير الحكومية
            - [ ] وسائط الإعلام
            - [ ] المؤسسات الأكاديمية
            """),
        ["ar: qad before a past verb is no hedge"] = ("ar", ArabicProse, """
            ### ماذا فعلت الجمعية في الحالة الموصوفة؟ {#q1 outcomes="LO1"}
            - [x] قد أبلغت الشرطة بما لاحظته من علامات
            - [ ] أغلقت المصنع بقرار منها دون الشرطة
            - [ ] حاكمت صاحب المصنع أمام لجنة أهلية
            """),
        ["ar: a negation in the case, a positive question"] = ("ar", ArabicProse, """
            ### دولة لا تكفي ميزانيتها لإيواء كل الضحايا. ما الفائدة التي تجنيها من التعاون مع المنظمات؟ {#q1 outcomes="LO1"}
            - [x] خدمات لا تقدر ميزانيتها على تمويلها
            - [ ] إعفاء من التزاماتها الدولية نحو الضحايا
            - [ ] أموال تحولها المنظمات إلى ميزانيتها
            """),
        ["en: a negation in the case, a positive question"] = ("en", EnglishProse, """
            ### A state cannot fund shelters for every victim. What does it gain from working with NGOs? {#q1 outcomes="LO1"}
            - [x] Services its budget cannot pay for
            - [ ] Relief from its international duties
            - [ ] Money that NGOs pay into its budget
            """),
        ["ar: two independent items"] = ("ar", ArabicProse, """
            ### أيّ الجهات التالية من المجتمع المدني؟ {#q1 outcomes="LO1"}
            - [x] مركز أبحاث في جامعة
            - [ ] هيئة وطنية لإدارة الحدود
            - [ ] وزارة الداخلية
            ### ما الذي يستطيع المستهلك فعله لمكافحة الاتجار؟ {#q2 outcomes="LO1"}
            - [x] تجنّب السلع المصنوعة بالعمل القسري
            - [ ] إبلاغ الشرطة عن كل متجر يزوره
            - [ ] التوقف عن التبرع للجمعيات الخيرية
            """),
    };
}
