# Sayso — فارسی / دری (Persian and Dari): the words of the young people's
# pages, the well-being survey and the email a young person gets.
# Written by: the Sayso team, in plain Persian chosen to be understood by
#   Dari speakers from Afghanistan too (avoiding words only used in Iran),
#   from the English in app/locales/en/. Talks to the child as "تو" (warm,
#   informal). "School" is written مکتب, as in Afghanistan.
# review: draft — not yet checked by a fluent speaker. Please ask a Dari and
#   a Farsi speaker who work with children to read it, then write their names
#   here as "# review: checked by NAME, ROLE, DATE".
# $band is one of: early (4-7), middle (8-11), teen (12-17), adult (16-25).

site-name = Sayso
skip-to-content = رفتن به محتوای اصلی

## Every young person's page
unsafe-button = احساس امنیت نمی‌کنم
footer-advocacy-title = کسی را می‌خواهی که طرف تو باشد؟
footer-advocacy = یک مدافع (advocate) می‌تواند کمکت کند آنچه را می‌خواهی بگویی و مطمئن شود که به حرفت گوش می‌دهند. { $contact }
footer-complaints-title = از رفتاری که با تو شد راضی نیستی؟
footer-complaints = تو حق داری شکایت کنی. { $contact }
footer-private = ما هیچ‌وقت از تو نمی‌خواهیم حساب بسازی. پیام‌های بی‌نام، نام تو و هیچ چیزی دربارهٔ موبایلت را ندارند.
read-aloud = بلند بخوان
read-aloud-stop = خواندن را قطع کن

## Home
home-title = حرفت را بزن
home-intro = به { $org } بگو چه چیزی خوب است، چه چیزی درست نیست و چه می‌خواهی. به حساب نیاز نداری و می‌توانی بی‌نام بمانی.
home-for = برای { $term } و جوانانی که از سرپرستی بیرون آمده‌اند.
home-say = چیزی بگو
home-say-hint = یک خبر خوب، یک نگرانی، یک فکر، یا اینکه چه حسی داری
home-reply = جوابی آمده؟
home-reply-hint = از کد جوابی که به تو دادیم استفاده کن
home-help-hint = همین حالا کمک بگیر

## Say it: who are you
age-title = اول بگو، چند سال داری؟
age-intro = تا کلمه‌هایی را به کار ببریم که برای تو مناسب است.
age-early = ۴ تا ۷
age-middle = ۸ تا ۱۱
age-teen = ۱۲ تا ۱۷
age-adult = ۱۶ تا ۲۵
age-adult-hint = بیرون‌آمده از سرپرستی
helper-link = من یک بزرگسالم و به یک کودک یا نوجوان کمک می‌کنم
helper-note = تو به یک کودک یا نوجوان کمک می‌کنی. لطفاً حرف‌های خود او را بنویس، نه حرف‌های خودت را.

## Say it: the form
say-title = { $band ->
    [early] به ما بگو!
    [middle] بگو چه فکر می‌کنی
    [teen] حرفت را بزن
   *[adult] حرفت را بزن
}
say-intro = { $band ->
    [early] عکس‌ها را انتخاب کن. یک بزرگتر می‌تواند کمکت کند.
    [middle] فقط تیم مشارکت در { $org } این را می‌خواند. سؤال‌هایی که ستاره (*) دارند جواب لازم دارند.
    [teen] فقط تیم مشارکت در { $org } این را می‌خواند. سؤال‌هایی که ستاره (*) دارند جواب لازم دارند.
   *[adult] فقط تیم مشارکت در { $org } این را می‌خواند. سؤال‌هایی که ستاره (*) دارند جواب لازم دارند.
}
change-age = تغییر سن
care-legend = { $band ->
    [early] کجا زندگی می‌کنی؟
   *[other] کدام یکی به تو بیشتر می‌خورد؟
}
care-in_care = { $band ->
    [early] با خانوادهٔ سرپرست یا در یک خانهٔ نگهداری
   *[other] من تحت سرپرستی هستم
}
care-care_leaver = از سرپرستی بیرون آمده‌ام
kind-legend = { $band ->
    [early] چه می‌خواهی به ما بگویی؟ *
   *[other] موضوع از چه نوعی است؟ *
}
kind-good_news = { $band ->
    [early] یک چیز خوب
   *[other] خبر خوب
}
kind-worry = { $band ->
    [early] یک چیزی درست نیست
   *[other] یک نگرانی یا یک مشکل
}
kind-idea = { $band ->
    [early] یک فکر
   *[other] یک فکر یا چیزی که می‌خواهم
}
kind-meeting = { $band ->
    [early] جلسهٔ من
   *[other] جلسه یا برنامهٔ من
}
kind-feeling = حس من
themes-legend = { $band ->
    [early] دربارهٔ چیست؟
   *[other] دربارهٔ چیست؟ (هر چند تا یا هیچ‌کدام)
}
mood-legend = { $band ->
    [early] چه حسی داری؟
   *[other] دربارهٔ این موضوع چه حسی داری؟
}
mood-1 = خیلی غمگین
mood-2 = غمگین
mood-3 = معمولی
mood-4 = خوشحال
mood-5 = خیلی خوشحال
text-label = { $band ->
    [early] اگر خواستی بیشتر بگو. یک بزرگتر می‌تواند برایت بنویسد.
    [middle] با کلمه‌های خودت بگو *
    [teen] با کلمه‌های خودت بگو *
   *[adult] دوست داری چه چیزی به ما بگویی؟ *
}
text-hint = تا { $max } حرف. لطفاً اسم آدم‌های دیگر را ننویس.
who-legend = { $band ->
    [early] می‌خواهی اسمت را بگویی؟
   *[other] بی‌نام، یا با اسم خودت؟
}
who-explain = پیام تو به تیم مشارکت در { $org } می‌رسد. آنها همهٔ پیام‌ها را می‌خوانند. اگر کسی شاید در خطر باشد، باید به تیم حفاظت خبر بدهند، حتی اگر تو بی‌نام بمانی.
who-anonymous = { $band ->
    [early] نه، راز بماند
   *[other] بی‌نام. هیچ‌کس نمی‌فهمد که من بودم
}
who-anonymous-hint = ما اسم تو و هیچ چیزی دربارهٔ موبایلت را نگه نمی‌داریم. کد جواب تنها راه دیدن جواب ماست.
who-named = { $band ->
    [early] بله، اسمم را بگویید
   *[other] با اسم خودم
}
who-named-hint = تیم اسمت را می‌بیند. اگر بخواهی، می‌توانند با ایمیل جوابت را بدهند.
name-label = اسم تو
email-label = ایمیل تو (اگر جواب را با ایمیل می‌خواهی)
email-consent = بله، وقتی تیم جواب داد به من ایمیل بزنید
send = بفرست
send-hint = پیامت همان لحظه که «بفرست» را بزنی ذخیره می‌شود.

## Problems with what was typed (the form keeps everything)
error-summary = لطفاً { $count ->
    [one] یک چیز
   *[other] { $count } چیز
} را دوباره ببین و باز «بفرست» را بزن. آنچه نوشتی را نگه داشته‌ایم.
error-kind = لطفاً انتخاب کن که دربارهٔ چیست.
error-text = لطفاً پیامت را بنویس.
error-text-long = پیامت برای ما خیلی طولانی است. لطفاً کوتاه‌ترش کن (حداکثر { $max } حرف).
error-name = لطفاً اسمت را بگو، یا «بی‌نام» را انتخاب کن.
error-name-long = اسمت برای ما خیلی طولانی است.
error-email = این آدرس ایمیل درست به نظر نمی‌رسد. دوباره ببینش، یا خالی بگذار.
error-mood = لطفاً یکی از صورتک‌ها را انتخاب کن.
error-theme = لطفاً از موضوع‌های همین صفحه انتخاب کن.
error-age = لطفاً دوباره سنت را انتخاب کن.
error-care = لطفاً یکی از گزینه‌ها را انتخاب کن.
error-language = این زبان را نمی‌شناسیم. لطفاً یک زبان از فهرست انتخاب کن.
error-generic = مشکلی از طرف ما پیش آمد. حرف‌هایت هنوز اینجاست. لطفاً دوباره امتحان کن.
error-not-sent-yet = هنوز فرستاده نشده: الان نتوانستیم پیامت را ذخیره کنیم. حرف‌هایت هنوز اینجاست. لطفاً یک دقیقهٔ دیگر دوباره امتحان کن.

## Thank you
thanks-title = { $band ->
    [early] ممنون!
   *[other] ممنون، پیامت رسید
}
thanks-saved = پیامت با خیال راحت ذخیره شد.
thanks-code-label = کد جواب تو
thanks-code-keep = { $band ->
    [early] از یک بزرگتر بخواه این سه کلمه را بنویسد.
   *[other] این سه کلمه را بنویس یا از آنها عکس بگیر. برای دیدن جواب ما لازمشان داری.
}
thanks-next-title = بعد چه می‌شود
thanks-next = تیم مشارکت همهٔ پیام‌ها را می‌خواند و سعی می‌کند در { $days } روز کاری جواب بدهد. برگرد و با کدت جواب را ببین.
thanks-next-email = وقتی جواب آمد، به تو ایمیل هم می‌زنیم.
thanks-again = چیز دیگری بگو
thanks-check = جوابی آمده؟

## Help (I don't feel safe)
help-title = کمک اینجاست
help-now = اگر همین حالا در خطر هستی، به ۹۹۹ (999) زنگ بزن.
help-999 = زنگ به 999
help-childline = Childline (خط کمک کودکان)، رایگان، هر وقت: { $phone }
help-childline-call = زنگ به Childline به شمارهٔ { $phone }
help-ooh = { $org } بیرون از ساعت کاری: { $phone }
help-ooh-call = زنگ به { $phone }
help-urgent = چیزی که نوشتی ما را نگران تو کرده. پیامت اول به تیم حفاظت رفته است.
help-send-title = فرستادن پیام به تیم حفاظت
help-send-intro = آنها هر چه زودتر آن را می‌خوانند. این خدمات اورژانس نیست: اگر همین حالا کمک لازم داری، به 999 یا Childline زنگ بزن.
help-text-label = چه اتفاقی می‌افتد؟ *
help-contact-label = چطور می‌توانیم با خیال راحت با تو تماس بگیریم؟ (اختیاری)
help-contact-hint = اسمت، و یک شمارهٔ تلفن یا ایمیل که استفاده از آن امن است. اگر می‌خواهی بی‌نام بمانی خالی بگذار.
help-send = فرستادن به تیم حفاظت
help-sent = پیامت به تیم حفاظت رفت.

## Check my reply
reply-title = جوابی آمده؟
reply-intro = سه کلمهٔ کد جوابت را بنویس.
reply-code-label = کد جواب
reply-code-hint = مثل این: apple-river-tiger
reply-check = ببین
reply-not-found = این کد را پیدا نکردیم. املایش را ببین. سه کلمه است، مثل apple-river-tiger.
reply-limited = دفعه‌های زیادی امتحان کردی. لطفاً یک دقیقه صبر کن و دوباره امتحان کن.
reply-status-title = پیام تو
status-sent = { $band ->
    [early] پیامت به ما رسید. به زودی آن را می‌خوانیم.
   *[other] فرستاده شد. تیم به زودی آن را می‌خواند.
}
status-read = { $band ->
    [early] تیم پیامت را خواند.
   *[other] تیم آن را خواند.
}
status-replied = تیم جواب داده است.
replies-none = هنوز جوابی نیامده. لطفاً چند روز دیگر دوباره ببین.
replies-title = جواب‌های تیم

## Errors
not-found-title = این صفحه را پیدا نمی‌کنیم
not-found-body = آدرس را ببین، یا به صفحهٔ اول برگرد.
back-home = برگشت به صفحهٔ اول

## You said, we did
you-said-we-did-title = شما گفتید، ما انجام دادیم
you-said-we-did-intro = { $band ->
    [early] تو به ما چیزهایی گفتی. این کارهایی است که کردیم.
   *[other] آنچه جوانان به { $org } گفتند، و آنچه به خاطر آن اتفاق افتاد. وقتی جواب «نه» است، می‌گوییم چرا.
}
you-said-we-did-none = هنوز چیزی اینجا نیست. پیام‌های تو کمک می‌کند تصمیم گرفته شود چه چیزی اینجا بیاید.
you-said-we-did-filter = نشان دادن یک موضوع
you-said-we-did-all = همهٔ موضوع‌ها
you-said-we-did-show = نشان بده
you-said-we-did-you-said = شما گفتید
you-said-we-did-we-did = ما انجام دادیم / انجام می‌دهیم
you-said-we-did-why-not = چرا نه
you-said-we-did-due = تا { $date }
home-you-said-we-did = شما گفتید، ما انجام دادیم
home-you-said-we-did-hint = چه چیزی تغییر کرد چون جوانان حرف زدند
action-status-heard = { $band ->
    [early] صدایت را شنیدیم
   *[other] شنیده شد
}
action-status-planned = { $band ->
    [early] یک برنامه داریم
   *[other] برنامه‌ریزی شده
}
action-status-in_progress = { $band ->
    [early] داریم انجامش می‌دهیم
   *[other] در حال انجام
}
action-status-done = { $band ->
    [early] انجام شد!
   *[other] انجام شد
}
action-status-not_doing = { $band ->
    [early] نمی‌توانیم این کار را بکنیم
   *[other] انجام نمی‌شود
}
status-action = { $band ->
    [early] پیام تو کمک کرد چیزی تغییر کند!
   *[other] پیام تو حالا بخشی از «شما گفتید، ما انجام دادیم» است.
}
status-action-link = ببین چه کاری انجام شد
status-you_said_we_did = { $band ->
    [early] پیام تو کمک کرد چیزی تغییر کند!
   *[other] بخشی از «شما گفتید، ما انجام دادیم».
}

## The language picker
lang-picker = زبان
lang-picker-choose = زبانت را انتخاب کن

## Quick exit
exit-page = خروج از این صفحه
exit-page-keys = یا سه بار دکمهٔ Shift را بزن
exit-page-leaving = در حال خروج از صفحه

## Read aloud
read-aloud-no-voice = ببخشید، این موبایل صدایی برای خواندن این زبان ندارد. شاید یک بزرگتر بتواند آن را برایت بخواند.

## No signal
offline-saved-page = الان آنتن نیست. این صفحه از دفعهٔ قبل روی موبایلت ذخیره شده بود.
offline-kept-title = هنوز فرستاده نشده
offline-kept = الان آنتن نیست. پیامت روی همین موبایل نگه داشته شده و وقتی آنتن برگردد خودش فرستاده می‌شود. بعد از روی موبایل پاک می‌شود.
offline-kept-shared = اگر کسان دیگری از این موبایل استفاده می‌کنند، شاید تا وقتی فرستاده نشده آن را ببینند. می‌توانی همین حالا پاکش کنی.
offline-kept-danger = اگر همین حالا در خطر هستی، به 999 زنگ بزن. حتی بدون شارژ (اعتبار) هم می‌توانی به 999 زنگ بزنی.
offline-delete = پاک کردن پیامی که منتظر است
offline-deleted = پاک شد. هیچ چیزی روی این موبایل منتظر نیست.
offline-waiting = یک پیام روی این موبایل منتظر است. وقتی آنتن بیاید خودش فرستاده می‌شود.
offline-sent-title = پیامت فرستاده شد
offline-sent = پیامی که روی این موبایل منتظر بود حالا فرستاده شد و از روی موبایل پاک شد. کد جواب تو این است:
offline-sent-done = نوشتمش
offline-check = پیامی که روی این موبایل نگه داشته شده بود همان‌طور که بود فرستاده نشد. دوباره در فرم پایین است: لطفاً آن را ببین و «بفرست» را بزن.

## Easy read
easy-link = آسان‌خوان: با عکس، هر بار یک سؤال
easy-link-hint = اگر نخواهی، لازم نیست چیزی بخوانی یا بنویسی
easy-title = با عکس به ما بگو
easy-step = قدم { $n } از { $total }
easy-who = چه کسی با توست؟
easy-who-me = فقط خودم
easy-who-helper = یک بزرگتر کمکم می‌کند
easy-age = چند سال داری؟
easy-kind = چه می‌خواهی به ما بگویی؟
easy-themes = دربارهٔ چیست؟
easy-themes-hint = روی همهٔ عکس‌هایی که درست است بزن، یا هیچ‌کدام. بعد «بعدی» را بزن.
easy-mood = چه حسی داری؟
easy-words = می‌خواهی بیشتر بگویی؟
easy-words-hint = لازم نیست. می‌توانی عکس‌ها را همین‌طور بفرستی. یک بزرگتر می‌تواند برایت بنویسد.
easy-words-label = حرف‌های تو (لازم نیست)
easy-check = پیام تو
easy-send = بفرست
easy-next = بعدی
easy-back = برگشت
easy-change = تغییر
easy-nothing = چیزی انتخاب نشده

## Themes
theme-where-i-live = جایی که زندگی می‌کنم
theme-where-i-live-young = خانه‌ام
theme-family-friends = خانواده، دوستان و در تماس ماندن
theme-family-friends-young = خانواده و دوستان
theme-my-worker = مددکارم و اینکه به حرفم گوش بدهند
theme-my-worker-young = مددکارم
theme-school-work = مکتب، کالج و کار
theme-school-work-young = مکتب
theme-health-feelings = سلامتی و احساسات
theme-health-feelings-young = سلامتی و احساسات
theme-money = پول
theme-money-young = پول
theme-leaving-care = بزرگ شدن و بیرون آمدن از سرپرستی (خانه، مستقل شدن)
theme-leaving-care-young = بزرگ شدن
theme-being-safe = در امان بودن
theme-being-safe-young = احساس امنیت
theme-fun = تفریح، سرگرمی‌ها و فعالیت‌ها
theme-fun-young = تفریح و سرگرمی
theme-who-i-am = من کی هستم (هویت، فرهنگ، دین)
theme-who-i-am-young = من کی هستم

## Email to a young person
email-reply-subject = { $org } به پیامت جواب داد
email-reply-hello = سلام { $name }،
email-reply-intro = { $org } به پیامت جواب داد:
email-reply-link = می‌توانی جواب را با کد جوابت اینجا هم بخوانی: { $link }

## Surveys
survey-face-1 = { $band ->
    [early] خیلی غمگین
   *[other] خیلی ناراضی
}
survey-face-2 = { $band ->
    [early] غمگین
   *[other] ناراضی
}
survey-face-3 = { $band ->
    [early] وسط
   *[other] معمولی
}
survey-face-4 = خوشحال
survey-face-5 = خیلی خوشحال
survey-answer-yes = بله
survey-answer-no = نه
survey-answer-not_sure = مطمئن نیستم

## The ready-made well-being survey
wb-title = { $band ->
    [early] حالت چطور است؟
    [adult] زندگی تو بعد از سرپرستی
   *[other] زندگی‌ات چطور می‌گذرد؟
}
wb-intro = { $band ->
    [early] چند سؤال کوتاه. روی یک صورتک بزن. یک بزرگتر می‌تواند کمکت کند.
    [middle] چند سؤال دربارهٔ خودت و زندگی‌ات. جواب درست یا غلط وجود ندارد و می‌توانی هر سؤالی را رد کنی.
    [adult] چند سؤال دربارهٔ اینکه کارها برایت چطور پیش می‌رود: آدم‌های اطرافت، خانه‌ات، پول و آینده. اسمت را نمی‌دهی و می‌توانی از هر چیزی بگذری.
   *[other] چند سؤال دربارهٔ خودت، آدم‌های اطرافت و اینکه کارها چطور پیش می‌رود. اسمت را نمی‌دهی و می‌توانی هر سؤالی را رد کنی.
}
wb-part-relationships = { $band ->
    [early] آدم‌ها
   *[other] آدم‌های اطرافت
}
wb-part-rights = { $band ->
    [early] شنیده شدن
   *[other] حقوق تو و نظر تو
}
wb-part-resilience = { $band ->
    [early] حس خوب
   *[other] گذشتن از روزهای سخت
}
wb-part-recovery = { $band ->
    [early] احساس امنیت
    [adult] خانه، پول و آینده
   *[other] احساس امنیت و آرامش
}
wb-people-home = { $band ->
    [early] با بزرگترهای خانه چطوری؟
    [adult] دربارهٔ کسانی که الان از تو حمایت می‌کنند چه حسی داری؟
   *[other] دربارهٔ کسانی که با آنها زندگی می‌کنی چه حسی داری؟
}
wb-trusted-adult = { $band ->
    [early] یک بزرگتر هست که بتوانی چیزها را به او بگویی؟
    [adult] کسی هست که وقتی کارها خراب می‌شود، مثلاً با قبض‌ها یا خانه‌ات، از او کمک بخواهی؟
   *[other] یک بزرگسال هست که به او اعتماد داشته باشی و بتوانی دربارهٔ هر چیزی با او حرف بزنی؟
}
wb-family-contact = { $band ->
    [early] خانواده‌ات را می‌بینی؟
    [adult] دربارهٔ اینکه چقدر خانواده‌ات را می‌بینی یا با آنها حرف می‌زنی چه حسی داری؟
   *[other] چقدر خانواده‌ای را که با آنها زندگی نمی‌کنی می‌بینی یا با آنها حرف می‌زنی؟
}
wb-family-contact-enough = { $band ->
    [early] خوب است
   *[other] تقریباً درست است
}
wb-family-contact-more = { $band ->
    [early] بیشتر می‌خواهم
   *[other] دوست دارم بیشتر باشد
}
wb-family-contact-less = { $band ->
    [early] کمتر می‌خواهم
   *[other] دوست دارم کمتر باشد
}
wb-family-contact-not-wanted = { $band ->
    [early] نمی‌خواهم
   *[other] ترجیح می‌دهم آنها را نبینم
}
wb-listened-to = { $band ->
    [early] بزرگترها به حرفت گوش می‌دهند؟
    [adult] وقتی برای زندگی‌ات برنامه می‌ریزند، حس می‌کنی به حرفت گوش می‌دهند؟
   *[other] وقتی دربارهٔ تو تصمیم می‌گیرند، حس می‌کنی به حرفت گوش می‌دهند؟
}
wb-know-rights = { $band ->
    [early] می‌دانی اگر ناراحت بودی به چه کسی بگویی؟
    [adult] می‌دانی بعد از بیرون آمدن از سرپرستی چه کمکی می‌توانی بگیری، مثل پول، خانه و مشاور شخصی؟
   *[other] می‌دانی اگر از سرپرستی‌ات ناراضی بودی چه کار کنی و چه کسی می‌تواند کمکت کند؟
}
wb-feel-good = { $band ->
    [early] چه چیزی خوشحالت می‌کند؟
   *[other] چه چیزی کمکت می‌کند حس خوبی داشته باشی؟ هر چند تا که بخواهی انتخاب کن.
}
wb-feel-good-friends = دوستان
wb-feel-good-sport = { $band ->
    [early] بازی کردن
   *[other] ورزش یا بازی
}
wb-feel-good-creative = { $band ->
    [early] نقاشی یا موسیقی
   *[other] موسیقی، هنر یا ساختن چیزها
}
wb-feel-good-learning = { $band ->
    [early] مکتب
    [adult] کالج، آموزش یا کار
   *[other] مکتب یا یاد گرفتن
}
wb-feel-good-animals = { $band ->
    [early] حیوان خانگی
   *[other] حیوان خانگی یا حیوانات
}
wb-feel-good-outdoors = { $band ->
    [early] بیرون رفتن
   *[other] بودن در هوای آزاد
}
wb-feel-good-faith = دین، فرهنگ یا جامعهٔ من
wb-hard-times = { $band ->
    [early] وقتی چیزی سخت است، بعد از کمی حالت خوب می‌شود؟
    [adult] وقتی کاری خراب می‌شود، مثلاً با پول یا خانه‌ات، چقدر خوب دوباره روی پای خودت می‌ایستی؟
   *[other] وقتی کارها خراب می‌شود، چقدر خوب از آن می‌گذری؟
}
wb-feel-safe = { $band ->
    [early] در خانه احساس امنیت می‌کنی؟
    [adult] در خانه‌ات چقدر احساس آرامش و امنیت می‌کنی؟
   *[other] جایی که زندگی می‌کنی چقدر احساس امنیت می‌کنی؟
}
wb-future = { $band ->
    [early] بیشتر روزها خوشحالی؟
    [adult] دربارهٔ پولت و آینده‌ات چه حسی داری؟
   *[other] دربارهٔ آینده‌ات چه حسی داری؟
}
wb-anything-else = { $band ->
    [early] چیز دیگری هست؟ یک بزرگتر می‌تواند برایت بنویسد.
   *[other] چیز دیگری هست که بخواهی به ما بگویی؟ لازم نیست.
}

## Answering a survey
surveys-title = { $band ->
    [early] سؤال‌هایی برای تو
   *[other] پرسش‌نامه‌ها
}
surveys-none = الان هیچ پرسش‌نامه‌ای باز نیست.
surveys-closes = باز تا { $date }
survey-start = شروع
survey-who-title = { $band ->
    [early] چند سال داری؟
   *[other] اول، دربارهٔ خودت
}
survey-who-intro = این به ما کمک می‌کند ببینیم اوضاع برای سن‌های مختلف چطور است. اسمت را نمی‌پرسیم.
survey-age-legend = چند سال داری؟
survey-care-legend = آیا تو
survey-care-in_care = الان تحت سرپرستی هستی
survey-care-leaver = از سرپرستی بیرون آمده‌ای
survey-care-skip = ترجیح می‌دهم نگویم
survey-progress = سؤال { $n } از { $total }
survey-next = بعدی
survey-back = برگشت
survey-skip = رد کردن این سؤال
survey-finish = تمام
survey-saved = هر جواب همان لحظه که «بعدی» را بزنی ذخیره می‌شود، پس اگر اینترنت قطع شد می‌توانی از همین‌جا ادامه بدهی.
survey-text-label = حرف‌های تو
survey-choose-any = هر چند تا که بخواهی انتخاب کن
survey-done-title = { $band ->
    [early] ممنون!
   *[other] ممنون از جواب‌هایت
}
survey-done-body = جواب‌هایت ذخیره شد. اسمت روی آنها نیست. تیم جواب‌های همه را با هم نگاه می‌کند تا ببیند چه چیزی باید تغییر کند.
survey-done-urgent = بعضی از چیزهایی که نوشتی ما را نگران تو کرده. به تیم حفاظت خبر داده شد. اگر همین حالا در خطر هستی، کمک بگیر:
survey-closed = این پرسش‌نامه الان باز نیست.
survey-error-answer = لطفاً یک جواب انتخاب کن، یا «رد کردن این سؤال» را بزن.
survey-error-who = لطفاً سنت را انتخاب کن.
survey-qr-title = کد پوستر
survey-home-link = { $band ->
    [early] سؤال‌هایی برای تو
   *[other] جواب دادن به یک پرسش‌نامه
}
survey-home-hint = چند سؤال، هر بار یکی. اسم لازم نیست.
