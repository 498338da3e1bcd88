"""A few sentences in each language, written for the tests (not the site's translations, which the
translators write in locale/ and guides/content/translations/). Each holds the letters its script needs
that a font could lack (Urdu ہ ے ٹ ڈ ڑ ں ھ, Pashto ټ ډ ړ ږ ښ ګ ڼ ۍ ې, Sorani ە ۆ ێ ڕ ڵ, Vietnamese tones)."""

SAMPLES = {
    "ar": "لديك 14 يومًا لتقديم الاستئناف إلى المحكمة. احتفظ بالظرف الذي وصلت فيه الرسالة. هذه ليست "
    "نصيحة قانونية، تحدث إلى محامٍ في أقرب وقت ممكن.",
    "fa": "این وب‌سایت مشاوره حقوقی نیست. شما باید ظرف 14 روز به دادگاه درخواست تجدیدنظر بدهید. اگر وکیل "
    "دارید، آخرین روز را به او بگویید. تاریخ رسیدن نامه را بنویسید، مثلاً 20 مارس یا 3 آوریل. پلیس "
    "و بیمارستان را هم در دادگاه نام ببرید. در ماه ژوئن و اکتبر جلسه است.",
    "fa-af": "این ویب‌سایت مشوره حقوقی نیست. شما باید در ظرف 14 روز به محکمه درخواست استیناف بدهید. اگر "
    "وکیل دارید، روز آخر را به او بگویید. تاریخ رسیدن نامه را بنویسید، مثلاً 20 مارچ یا 3 اپریل. "
    "پولیس و شفاخانه را هم به محکمه بگویید. در ماه جون و اکتوبر جلسه است.",
    "ps": "دا ویب پاڼه قانوني مشوره نه ده. تاسو باید په 14 ورځو کې استیناف وکړئ. که تاسو وکیل لرئ، هغه ته "
    "وروستۍ ورځ ووایاست. هغه نېټه ولیکئ چې لیک تاسو ته ورسېد او لفافه وساتئ. ټول اسناد ښه وساتئ، ډېر "
    "مهم دي، ګټه یې ږغ کړئ.",
    "ur": "آپ کے پاس اپیل کرنے کے لیے 14 دن ہیں۔ لفافہ سنبھال کر رکھیں۔ یہ قانونی مشورہ نہیں ہے، جلد از "
    "جلد کسی وکیل سے بات کریں۔ ٹریبونل کو ڈاک سے بھیجیں، یہ بڑا قدم ہے۔",
    "ckb": "ئەم ماڵپەڕە ئامۆژگاری یاسایی نییە. لە ماوەی 14 ڕۆژدا دەبێت تانە بدەیت. ئەگەر پارێزەرت هەیە، "
    "بەرواری کۆتایی پێ بڵێ. نامەکە بۆ ئەو ڕۆژەی گەیشتە دەستت بنووسە.",
    "ku": "Ev malper ne şîreta hiqûqî ye. Di nav 14 rojan de divê tu îtiraz bikî. Heke parêzerê te hebe, "
    "roja dawî jê re bêje. Roja ku name gihîşt te binivîse û zerfê biparêze.",
    "ti": "እቲ ሕጊ ብቕልጡፍ ክትንቀሳቐሱ ኣለኩም ይብል። ኣብ 14 መዓልቲ ናብ ቤት ፍርዲ ክትጽሕፉ ኣለኩም። እዚ ናይ ሕጊ ምኽሪ "
    "ኣይኮነን። ምስ ጠበቓ ተዘራረቡ። እቲ ደብዳበ ከም ዝበጽሐኩም ዕለት ጽሓፉ።",
    "am": "ሕጉ በፍጥነት መንቀሳቀስ አለብዎት ይላል። በ14 ቀናት ውስጥ ወደ ፍርድ ቤት መጻፍ አለብዎት። ይህ የሕግ ምክር አይደለም። "
    "ከጠበቃ ጋር ይነጋገሩ። ደብዳቤው የደረሰዎትን ቀን ይጻፉ። ይህን ማድረግ ይችላሉ እና ወደ ቢሮ መሄድ ይችላሉ።",
    "om": "Guyyaa xalayaan isin ga'e barreessaa. Mana murtii irratti akka dhiyaattan isin gargaara. "
    "Yoo gorsa barbaaddan, abukaatoo keessan waliin haasa'aa. Kun gorsa seeraa miti, garuu akka isin "
    "gargaaruuf barreeffame. Guyyaa 14 keessatti iyyannoo keessan ergaa.",
    "so": "Qor taariikhda warqadda lagu soo diray. Haddii aad rabto in aad racfaan qaadato, waxaad haysataa "
    "14 maalmood. Kani ma aha talo sharci ah, laakiin waa macluumaad kuu caawinaya. La hadal qareen "
    "ama hay'ad ku caawin karta iyo xafiiska.",
    "bn": "আপিল করার জন্য আপনার কাছে 14 দিন আছে। খামটি যত্ন করে রাখুন, কারণ এতে তারিখ লেখা থাকে। এটি আইনি "
    "পরামর্শ নয়, যত তাড়াতাড়ি সম্ভব একজন আইনজীবীর সাথে কথা বলুন।",
    "vi": "Bạn có 14 ngày để kháng cáo. Hãy giữ lại phong bì của lá thư, vì trên đó có ngày gửi. Đây không "
    "phải là lời khuyên pháp lý, hãy nói chuyện với luật sư càng sớm càng tốt.",
    "sq": "Ju keni 14 ditë për të bërë apel në gjykatë. Ruajeni zarfin me të cilin erdhi letra, sepse aty "
    "është data. Kjo nuk është këshillë ligjore, flisni me një avokat sa më shpejt që të jetë e mundur.",
    "tr": "İtiraz etmek için 14 gününüz var. Mektubun geldiği zarfı saklayın, çünkü üzerinde tarih "
    "yazıyor. Bu hukuki tavsiye değildir, en kısa sürede bir avukatla konuşun.",
    "fr": "Vous avez 14 jours pour faire appel. Gardez l'enveloppe dans laquelle la lettre est arrivée, car "
    "elle porte la date. Ce n'est pas un conseil juridique : parlez à un avocat dès que possible.",
}
