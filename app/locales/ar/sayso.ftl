# Sayso — العربية (Arabic): the words of the young people's pages, the
# well-being survey and the email a young person gets.
# Written by: the Sayso team, in plain Modern Standard Arabic that a child can
#   follow, from the English in app/locales/en/. Talks to the child as "you"
#   (masculine singular, the usual default); a reviewer may prefer
#   another way to address girls and boys alike.
# review: draft — not yet checked by a fluent speaker. Please ask an Arabic
#   speaker who works with children to read it, then write their name here
#   as "# review: checked by NAME, ROLE, DATE".
# $band is one of: early (4-7), middle (8-11), teen (12-17), adult (16-25).

site-name = Sayso
skip-to-content = انتقل إلى المحتوى

## Every young person's page
unsafe-button = لا أشعر بالأمان
footer-advocacy-title = هل تريد شخصًا يقف إلى جانبك؟
footer-advocacy = يمكن لمدافع عنك أن يساعدك لتقول ما تريد، وأن يتأكد أن الناس يستمعون إليك. { $contact }
footer-complaints-title = لست راضيًا عن طريقة معاملتك؟
footer-complaints = من حقك أن تشتكي. { $contact }
footer-private = لا نطلب منك أبدًا إنشاء حساب. الرسائل بدون اسم لا تحمل اسمك ولا أي معلومات عن هاتفك.
read-aloud = اقرأ بصوت عالٍ
read-aloud-stop = أوقف القراءة

## Home
home-title = قل رأيك
home-intro = أخبر { $org } بما هو جيد، وما هو خطأ، وما تريده. لا تحتاج إلى حساب، ويمكنك ألا تذكر اسمك.
home-for = لـ { $term } وللشباب الذين خرجوا من الرعاية.
home-say = قل شيئًا
home-say-hint = خبر جيد، أو شيء يقلقك، أو فكرة، أو كيف تشعر
home-reply = هل وصلني رد؟
home-reply-hint = استخدم رمز الرد الذي أعطيناك إياه
home-help-hint = احصل على المساعدة الآن

## Say it: who are you
age-title = أولًا، كم عمرك؟
age-intro = حتى نستخدم كلمات تناسبك.
age-early = من 4 إلى 7
age-middle = من 8 إلى 11
age-teen = من 12 إلى 17
age-adult = من 16 إلى 25
age-adult-hint = خرجت من الرعاية
helper-link = أنا شخص بالغ أساعد شابًا أو طفلًا
helper-note = أنت تساعد طفلًا أو شابًا. من فضلك اكتب كلماته هو، لا كلماتك.

## Say it: the form
say-title = { $band ->
    [early] أخبرنا!
    [middle] قل لنا ما رأيك
    [teen] قل رأيك
   *[adult] قل رأيك
}
say-intro = { $band ->
    [early] اختر الصور. يمكن لشخص كبير أن يساعدك.
    [middle] فريق المشاركة في { $org } فقط يقرأ هذا. الأسئلة التي عليها نجمة (*) تحتاج إلى جواب.
    [teen] فريق المشاركة في { $org } فقط يقرأ هذا. الأسئلة التي عليها نجمة (*) تحتاج إلى جواب.
   *[adult] فريق المشاركة في { $org } فقط يقرأ هذا. الأسئلة التي عليها نجمة (*) تحتاج إلى جواب.
}
change-age = غيّر العمر
care-legend = { $band ->
    [early] أين تعيش؟
   *[other] ما الذي يناسبك أكثر؟
}
care-in_care = { $band ->
    [early] مع أسرة راعية أو في دار رعاية
   *[other] أنا في الرعاية
}
care-care_leaver = خرجت من الرعاية
kind-legend = { $band ->
    [early] ماذا تريد أن تخبرنا؟ *
   *[other] ما نوع الأمر؟ *
}
kind-good_news = { $band ->
    [early] شيء جميل
   *[other] خبر جيد
}
kind-worry = { $band ->
    [early] هناك شيء خطأ
   *[other] شيء يقلقني أو مشكلة
}
kind-idea = { $band ->
    [early] فكرة
   *[other] فكرة أو شيء أريده
}
kind-meeting = { $band ->
    [early] اجتماعي
   *[other] اجتماعي أو خطتي
}
kind-feeling = كيف أشعر
themes-legend = { $band ->
    [early] عن ماذا؟
   *[other] عن ماذا؟ (اختر ما تشاء، أو لا شيء)
}
mood-legend = { $band ->
    [early] كيف تشعر؟
   *[other] كيف تشعر تجاه هذا الأمر؟
}
mood-1 = حزين جدًا
mood-2 = حزين
mood-3 = عادي
mood-4 = سعيد
mood-5 = سعيد جدًا
text-label = { $band ->
    [early] أخبرنا أكثر إن أردت. يمكن لشخص كبير أن يكتب عنك.
    [middle] أخبرنا بكلماتك أنت *
    [teen] أخبرنا بكلماتك أنت *
   *[adult] ماذا تحب أن تخبرنا؟ *
}
text-hint = حتى { $max } حرف. من فضلك لا تكتب أسماء أشخاص آخرين.
who-legend = { $band ->
    [early] هل تريد أن تخبرنا باسمك؟
   *[other] بدون اسم، أم مع اسمك؟
}
who-explain = رسالتك تذهب إلى فريق المشاركة في { $org }. هم يقرأون كل رسالة. إذا كان أحد قد يكون في خطر، يجب عليهم إخبار فريق الحماية، حتى لو لم تذكر اسمك.
who-anonymous = { $band ->
    [early] لا، اجعلها سرًّا
   *[other] بدون اسم. لن يعرف أحد أنها مني
}
who-anonymous-hint = لا نحتفظ باسمك ولا بأي شيء عن هاتفك. رمز الرد هو الطريقة الوحيدة لترى جوابنا.
who-named = { $band ->
    [early] نعم، قولوا اسمي
   *[other] مع اسمي
}
who-named-hint = سيرى الفريق اسمك. يمكنهم الرد عليك بالبريد الإلكتروني إذا أردت.
name-label = اسمك
email-label = بريدك الإلكتروني (إذا أردت الرد بالبريد)
email-consent = نعم، راسلوني بالبريد عندما يرد الفريق
send = أرسل
send-hint = تُحفظ رسالتك فور ضغطك على «أرسل».

## Problems with what was typed (the form keeps everything)
error-summary = من فضلك تحقّق من { $count ->
    [one] أمر واحد
   *[other] هذه الأمور ({ $count })
} واضغط «أرسل» مرة أخرى. احتفظنا بما كتبته.
error-kind = من فضلك اختر عن ماذا تتحدث.
error-text = من فضلك اكتب رسالتك.
error-text-long = رسالتك طويلة جدًا. من فضلك اجعلها أقصر (الحد الأقصى { $max } حرف).
error-name = من فضلك اكتب اسمك، أو اختر «بدون اسم».
error-name-long = اسمك طويل جدًا بالنسبة لنا.
error-email = عنوان البريد الإلكتروني لا يبدو صحيحًا. تحقّق منه، أو اتركه فارغًا.
error-mood = من فضلك اختر أحد الوجوه.
error-theme = من فضلك اختر من المواضيع الموجودة في الصفحة.
error-age = من فضلك اختر عمرك مرة أخرى.
error-care = من فضلك اختر أحد الخيارات.
error-language = لا نعرف هذه اللغة. من فضلك اختر لغة من القائمة.
error-generic = حدث خطأ من جهتنا. كلماتك ما زالت هنا. من فضلك حاول مرة أخرى.
error-not-sent-yet = لم تُرسل بعد: لم نستطع حفظ رسالتك الآن. كلماتك ما زالت هنا. من فضلك حاول مرة أخرى بعد دقيقة.

## Thank you
thanks-title = { $band ->
    [early] شكرًا!
   *[other] شكرًا، وصلتنا رسالتك
}
thanks-saved = رسالتك محفوظة بأمان.
thanks-code-label = رمز الرد الخاص بك
thanks-code-keep = { $band ->
    [early] اطلب من شخص كبير أن يكتب هذه الكلمات الثلاث.
   *[other] اكتب هذه الكلمات الثلاث أو صوّرها. ستحتاجها لترى ردنا.
}
thanks-next-title = ماذا سيحدث بعد ذلك
thanks-next = يقرأ فريق المشاركة كل رسالة ويحاول الرد خلال { $days } أيام عمل. عُد واستخدم رمزك لترى الرد.
thanks-next-email = وسنرسل لك أيضًا بريدًا إلكترونيًا عندما يكون هناك رد.
thanks-again = قل شيئًا آخر
thanks-check = هل وصلني رد؟

## Help (I don't feel safe)
help-title = المساعدة هنا
help-now = إذا كنت في خطر الآن، اتصل بالرقم 999.
help-999 = اتصل بـ 999
help-childline = Childline (خط مساعدة الأطفال)، مجاني، في أي وقت: { $phone }
help-childline-call = اتصل بـ Childline على الرقم { $phone }
help-ooh = { $org } خارج ساعات العمل: { $phone }
help-ooh-call = اتصل بـ { $phone }
help-urgent = ما كتبته يجعلنا قلقين عليك. ذهبت رسالتك أولًا إلى فريق الحماية.
help-send-title = أرسل رسالة إلى فريق الحماية
help-send-intro = سيقرأونها بأسرع ما يمكن. هذه ليست خدمة طوارئ: إذا كنت تحتاج المساعدة الآن، اتصل بـ 999 أو Childline.
help-text-label = ماذا يحدث؟ *
help-contact-label = كيف يمكننا التواصل معك بأمان؟ (اختياري)
help-contact-hint = اسمك، ورقم هاتف أو بريد إلكتروني آمن. اتركه فارغًا لتبقى بدون اسم.
help-send = أرسل إلى فريق الحماية
help-sent = ذهبت رسالتك إلى فريق الحماية.

## Check my reply
reply-title = هل وصلني رد؟
reply-intro = اكتب الكلمات الثلاث من رمز الرد.
reply-code-label = رمز الرد
reply-code-hint = مثل هذا: apple-river-tiger
reply-check = تحقّق
reply-not-found = لم نجد هذا الرمز. تحقّق من الكتابة. إنه ثلاث كلمات، مثل apple-river-tiger.
reply-limited = محاولات كثيرة. من فضلك انتظر دقيقة وحاول مرة أخرى.
reply-status-title = رسالتك
status-sent = { $band ->
    [early] وصلتنا رسالتك. سنقرأها قريبًا.
   *[other] أُرسلت. سيقرأها الفريق قريبًا.
}
status-read = { $band ->
    [early] قرأ الفريق رسالتك.
   *[other] قرأها الفريق.
}
status-replied = ردّ الفريق.
replies-none = لا يوجد رد بعد. من فضلك تحقّق مرة أخرى بعد بضعة أيام.
replies-title = ردود الفريق

## Errors
not-found-title = لم نجد هذه الصفحة
not-found-body = تحقّق من العنوان، أو عُد إلى البداية.
back-home = عودة إلى البداية

## You said, we did
you-said-we-did-title = قلتم، فعلنا
you-said-we-did-intro = { $band ->
    [early] أخبرتنا بأشياء. هذا ما فعلناه.
   *[other] ما قاله الشباب لـ { $org }، وما حدث بسبب ذلك. عندما يكون الجواب «لا»، نقول لماذا.
}
you-said-we-did-none = لا شيء هنا بعد. رسائلك تساعد في تحديد ما يأتي هنا.
you-said-we-did-filter = اعرض موضوعًا
you-said-we-did-all = كل المواضيع
you-said-we-did-show = اعرض
you-said-we-did-you-said = قلتم
you-said-we-did-we-did = فعلنا / سنفعل
you-said-we-did-why-not = لماذا لا
you-said-we-did-due = بحلول { $date }
home-you-said-we-did = قلتم، فعلنا
home-you-said-we-did-hint = ما تغيّر لأن الشباب تكلموا
action-status-heard = { $band ->
    [early] سمعناك
   *[other] سمعناكم
}
action-status-planned = { $band ->
    [early] عندنا خطة
   *[other] مخطط له
}
action-status-in_progress = { $band ->
    [early] نعمل عليه
   *[other] قيد التنفيذ
}
action-status-done = { $band ->
    [early] تمّ!
   *[other] تمّ
}
action-status-not_doing = { $band ->
    [early] لا نستطيع فعل هذا
   *[other] لن نفعله
}
status-action = { $band ->
    [early] رسالتك ساعدت في تغيير شيء!
   *[other] رسالتك الآن جزء من «قلتم، فعلنا».
}
status-action-link = شاهد ما تمّ فعله
status-you_said_we_did = { $band ->
    [early] رسالتك ساعدت في تغيير شيء!
   *[other] جزء من «قلتم، فعلنا».
}

## The language picker
lang-picker = اللغة
lang-picker-choose = اختر لغتك

## Quick exit
exit-page = اخرج من الصفحة
exit-page-keys = أو اضغط زر Shift ثلاث مرات
exit-page-leaving = جارٍ الخروج من الصفحة

## Read aloud
read-aloud-no-voice = عذرًا، لا يوجد في هذا الهاتف صوت يقرأ هذه اللغة. ربما يستطيع شخص كبير أن يقرأها لك.

## No signal
offline-saved-page = لا توجد إشارة الآن. هذه الصفحة محفوظة على هاتفك من زيارتك السابقة.
offline-kept-title = لم تُرسل بعد
offline-kept = لا توجد إشارة الآن. رسالتك محفوظة على هذا الهاتف، وستُرسل وحدها عندما تعود الإشارة. بعدها تُحذف من الهاتف.
offline-kept-shared = إذا كان أشخاص آخرون يستخدمون هذا الهاتف، فقد يرونها حتى تُرسل. يمكنك حذفها الآن.
offline-kept-danger = إذا كنت في خطر الآن، اتصل بـ 999. يمكنك الاتصال بـ 999 حتى بدون رصيد.
offline-delete = احذف رسالتي المنتظرة
offline-deleted = حُذفت. لا شيء ينتظر على هذا الهاتف.
offline-waiting = هناك رسالة تنتظر على هذا الهاتف. ستُرسل وحدها عندما تكون هناك إشارة.
offline-sent-title = أُرسلت رسالتك
offline-sent = الرسالة التي كانت تنتظر على هذا الهاتف أُرسلت الآن وحُذفت من الهاتف. رمز الرد الخاص بك هو:
offline-sent-done = كتبته
offline-check = لم نستطع إرسال رسالة محفوظة على هذا الهاتف كما هي. عادت إلى النموذج أدناه: من فضلك تحقّق منها واضغط «أرسل».

## Easy read
easy-link = سهل القراءة: صور، وسؤال واحد في كل مرة
easy-link-hint = لا شيء لتقرأه أو تكتبه إن لم ترد
easy-title = أخبرنا بالصور
easy-step = الخطوة { $n } من { $total }
easy-who = من معك؟
easy-who-me = أنا وحدي
easy-who-helper = شخص كبير يساعدني
easy-age = كم عمرك؟
easy-kind = ماذا تريد أن تخبرنا؟
easy-themes = عن ماذا؟
easy-themes-hint = اضغط على كل الصور المناسبة، أو لا شيء. ثم اضغط «التالي».
easy-mood = كيف تشعر؟
easy-words = هل تريد أن تقول أكثر؟
easy-words-hint = ليس عليك ذلك. يمكنك إرسال الصور كما هي. يمكن لشخص كبير أن يكتب عنك.
easy-words-label = كلماتك (ليس عليك ذلك)
easy-check = رسالتك
easy-send = أرسل
easy-next = التالي
easy-back = رجوع
easy-change = غيّر
easy-nothing = لم تختر شيئًا

## Themes
theme-where-i-live = المكان الذي أعيش فيه
theme-where-i-live-young = بيتي
theme-family-friends = العائلة والأصدقاء والبقاء على تواصل
theme-family-friends-young = العائلة والأصدقاء
theme-my-worker = العاملة أو العامل الاجتماعي، وأن يُستمع إليّ
theme-my-worker-young = العامل الاجتماعي
theme-school-work = المدرسة والكلية والعمل
theme-school-work-young = المدرسة
theme-health-feelings = الصحة والمشاعر
theme-health-feelings-young = الصحة والمشاعر
theme-money = المال
theme-money-young = المال
theme-leaving-care = أن أكبر وأخرج من الرعاية (السكن، الاستقلال)
theme-leaving-care-young = أن أكبر
theme-being-safe = الأمان
theme-being-safe-young = أن أشعر بالأمان
theme-fun = المرح والهوايات والأنشطة
theme-fun-young = المرح والهوايات
theme-who-i-am = من أنا (الهوية، الثقافة، الدين)
theme-who-i-am-young = من أنا

## Email to a young person
email-reply-subject = ردّ { $org } على رسالتك
email-reply-hello = مرحبًا { $name }،
email-reply-intro = ردّ { $org } على رسالتك:
email-reply-link = يمكنك أيضًا قراءة الرد برمز الرد هنا: { $link }

## Surveys
survey-face-1 = { $band ->
    [early] حزين جدًا
   *[other] غير سعيد أبدًا
}
survey-face-2 = { $band ->
    [early] حزين
   *[other] غير سعيد
}
survey-face-3 = { $band ->
    [early] في الوسط
   *[other] عادي
}
survey-face-4 = سعيد
survey-face-5 = سعيد جدًا
survey-answer-yes = نعم
survey-answer-no = لا
survey-answer-not_sure = لست متأكدًا

## The ready-made well-being survey
wb-title = { $band ->
    [early] كيف حالك؟
    [adult] حياتك بعد الرعاية
   *[other] كيف تسير حياتك؟
}
wb-intro = { $band ->
    [early] أسئلة قصيرة وسريعة. اضغط على وجه. يمكن لشخص كبير أن يساعدك.
    [middle] بعض الأسئلة عنك وعن حياتك. لا توجد أجوبة صحيحة أو خاطئة، ويمكنك تخطّي أي سؤال.
    [adult] بعض الأسئلة عن أحوالك: الناس من حولك، وبيتك، والمال، وما سيأتي. لا تكتب اسمك، ويمكنك تخطّي أي شيء.
   *[other] بعض الأسئلة عنك، وعن الناس من حولك، وعن أحوالك. لا تكتب اسمك، ويمكنك تخطّي أي سؤال.
}
wb-part-relationships = { $band ->
    [early] الناس
   *[other] الناس من حولك
}
wb-part-rights = { $band ->
    [early] أن يسمعوني
   *[other] حقوقك ورأيك
}
wb-part-resilience = { $band ->
    [early] أن أشعر بخير
   *[other] تجاوز الأوقات الصعبة
}
wb-part-recovery = { $band ->
    [early] أن أشعر بالأمان
    [adult] البيت والمال والمستقبل
   *[other] الشعور بالأمان والاستقرار
}
wb-people-home = { $band ->
    [early] كيف الأمور مع الكبار في البيت؟
    [adult] كيف تشعر تجاه الأشخاص الذين يدعمونك الآن؟
   *[other] كيف تشعر تجاه الأشخاص الذين تعيش معهم؟
}
wb-trusted-adult = { $band ->
    [early] هل هناك شخص كبير تستطيع أن تحكي له؟
    [adult] هل هناك شخص تطلب منه المساعدة عندما تسوء الأمور، مثل الفواتير أو بيتك؟
   *[other] هل هناك شخص بالغ تثق به وتستطيع أن تحدّثه عن أي شيء؟
}
wb-family-contact = { $band ->
    [early] هل ترى عائلتك؟
    [adult] كيف تشعر تجاه عدد المرات التي ترى فيها عائلتك أو تتحدث معها؟
   *[other] كم مرة ترى أفراد عائلتك الذين لا تعيش معهم أو تتحدث معهم؟
}
wb-family-contact-enough = { $band ->
    [early] هذا جيد
   *[other] مناسب تقريبًا
}
wb-family-contact-more = { $band ->
    [early] أريد أكثر
   *[other] أودّ أكثر
}
wb-family-contact-less = { $band ->
    [early] أريد أقل
   *[other] أودّ أقل
}
wb-family-contact-not-wanted = { $band ->
    [early] لا أريد
   *[other] أفضّل ألا أراهم
}
wb-listened-to = { $band ->
    [early] هل يستمع إليك الكبار؟
    [adult] هل تشعر أن الناس يستمعون إليك عندما تُوضع خطط عن حياتك؟
   *[other] هل تشعر أن الناس يستمعون إليك عندما تُتخذ قرارات عنك؟
}
wb-know-rights = { $band ->
    [early] هل تعرف لمن تقول إذا كنت غير سعيد؟
    [adult] هل تعرف ما المساعدة التي يمكنك الحصول عليها بعد الخروج من الرعاية، مثل المال والسكن والمستشار الشخصي؟
   *[other] هل تعرف ماذا تفعل إذا لم تكن راضيًا عن رعايتك، ومن يمكنه مساعدتك؟
}
wb-feel-good = { $band ->
    [early] ما الذي يجعلك سعيدًا؟
   *[other] ما الذي يساعدك لتشعر بخير؟ اختر ما تشاء.
}
wb-feel-good-friends = الأصدقاء
wb-feel-good-sport = { $band ->
    [early] اللعب
   *[other] الرياضة أو الألعاب
}
wb-feel-good-creative = { $band ->
    [early] الرسم أو الموسيقى
   *[other] الموسيقى أو الفن أو صنع الأشياء
}
wb-feel-good-learning = { $band ->
    [early] المدرسة
    [adult] الكلية أو التدريب أو العمل
   *[other] المدرسة أو التعلّم
}
wb-feel-good-animals = { $band ->
    [early] الحيوانات الأليفة
   *[other] الحيوانات الأليفة أو الحيوانات
}
wb-feel-good-outdoors = { $band ->
    [early] الخروج
   *[other] التواجد في الهواء الطلق
}
wb-feel-good-faith = ديني أو ثقافتي أو مجتمعي
wb-hard-times = { $band ->
    [early] عندما يكون شيء صعبًا، هل تشعر بخير بعد قليل؟
    [adult] عندما تسوء الأمور، مثل المال أو بيتك، إلى أي حد تستطيع أن تقف على قدميك من جديد؟
   *[other] عندما تسوء الأمور، إلى أي حد تستطيع تجاوزها؟
}
wb-feel-safe = { $band ->
    [early] هل تشعر بالأمان في البيت؟
    [adult] إلى أي حد تشعر بالاستقرار والأمان في بيتك؟
   *[other] إلى أي حد تشعر بالأمان حيث تعيش؟
}
wb-future = { $band ->
    [early] هل أنت سعيد في أغلب الأيام؟
    [adult] كيف تشعر تجاه المال ومستقبلك؟
   *[other] كيف تشعر تجاه مستقبلك؟
}
wb-anything-else = { $band ->
    [early] شيء آخر؟ يمكن لشخص كبير أن يكتبه عنك.
   *[other] هل هناك شيء آخر تريد أن تخبرنا به؟ ليس عليك ذلك.
}

## Answering a survey
surveys-title = { $band ->
    [early] أسئلة لك
   *[other] استبيانات
}
surveys-none = لا توجد استبيانات مفتوحة الآن.
surveys-closes = مفتوح حتى { $date }
survey-start = ابدأ
survey-who-title = { $band ->
    [early] كم عمرك؟
   *[other] أولًا، عنك
}
survey-who-intro = هذا يساعدنا لنرى كيف تسير الأمور في الأعمار المختلفة. لا نسأل عن اسمك.
survey-age-legend = كم عمرك؟
survey-care-legend = هل أنت
survey-care-in_care = في الرعاية الآن
survey-care-leaver = خرجت من الرعاية
survey-care-skip = أفضّل ألا أقول
survey-progress = السؤال { $n } من { $total }
survey-next = التالي
survey-back = رجوع
survey-skip = تخطَّ هذا السؤال
survey-finish = إنهاء
survey-saved = يُحفظ كل جواب فور ضغطك على «التالي»، فإذا انقطع الاتصال يمكنك أن تكمل من هنا.
survey-text-label = كلماتك
survey-choose-any = اختر ما تشاء
survey-done-title = { $band ->
    [early] شكرًا!
   *[other] شكرًا على أجوبتك
}
survey-done-body = أجوبتك محفوظة، وليس عليها اسمك. ينظر الفريق إلى أجوبة الجميع معًا ليرى ما الذي يجب تغييره.
survey-done-urgent = بعض ما كتبته يجعلنا قلقين عليك. تمّ إبلاغ فريق الحماية. إذا كنت في خطر الآن، اطلب المساعدة:
survey-closed = هذا الاستبيان ليس مفتوحًا الآن.
survey-error-answer = من فضلك اختر جوابًا، أو اضغط «تخطَّ هذا السؤال».
survey-error-who = من فضلك اختر عمرك.
survey-qr-title = رمز الملصق
survey-home-link = { $band ->
    [early] أسئلة لك
   *[other] أجب عن استبيان
}
survey-home-hint = بعض الأسئلة، واحد في كل مرة. لا حاجة للاسم.
