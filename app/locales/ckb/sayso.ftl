# Sayso — کوردی سۆرانی (Kurdish, Sorani, Arabic script): the words of the
# young people's pages, the well-being survey and the email a young person
# gets.
# Written by: the Sayso team, in plain Sorani for children, from the English
#   in app/locales/en/. Talks to the child as "تۆ" (warm, informal).
# review: draft — not yet checked by a fluent speaker. Please ask a Sorani
#   speaker who works with children to read it, then write their name here
#   as "# review: checked by NAME, ROLE, DATE".
# $band is one of: early (4-7), middle (8-11), teen (12-17), adult (16-25).

site-name = Sayso
skip-to-content = بڕۆ بۆ ناوەڕۆکی سەرەکی

## Every young person's page
unsafe-button = هەست بە سەلامەتی ناکەم
footer-advocacy-title = دەتەوێت کەسێک لە پشتت بێت؟
footer-advocacy = پارێزەرێک (advocate) دەتوانێت یارمەتیت بدات ئەوەی دەتەوێت بیڵێیت، و دڵنیا بێت کە گوێت لێ دەگرن. { $contact }
footer-complaints-title = ڕازی نیت بەو شێوەیەی مامەڵەت لەگەڵ کرا؟
footer-complaints = مافی خۆتە سکاڵا بکەیت. { $contact }
footer-private = هەرگیز داوای دروستکردنی هەژمارت لێ ناکەین. نامەی بێ ناو ناوت و هیچ زانیارییەک دەربارەی مۆبایلەکەت هەڵناگرێت.
read-aloud = بە دەنگی بەرز بیخوێنەوە
read-aloud-stop = خوێندنەوە ڕابگرە

## Home
home-title = قسەی خۆت بکە
home-intro = بە { $org } بڵێ چی باشە، چی هەڵەیە و چیت دەوێت. پێویستت بە هەژمار نییە، و دەتوانیت بێ ناو بمێنیتەوە.
home-for = بۆ { $term } و ئەو گەنجانەی لە چاودێری دەرچوون.
home-say = شتێک بڵێ
home-say-hint = هەواڵێکی خۆش، نیگەرانییەک، بیرۆکەیەک، یان هەستت چۆنە
home-reply = وەڵام هاتووە؟
home-reply-hint = ئەو کۆدی وەڵامە بەکاربهێنە کە پێمان دایت
home-help-hint = ئێستا یارمەتی وەربگرە

## Say it: who are you
age-title = سەرەتا، تەمەنت چەندە؟
age-intro = بۆ ئەوەی وشەی گونجاو بۆ تۆ بەکاربهێنین.
age-early = ٤ تا ٧
age-middle = ٨ تا ١١
age-teen = ١٢ تا ١٧
age-adult = ١٦ تا ٢٥
age-adult-hint = لە چاودێری دەرچوو
helper-link = من گەورەساڵێکم و یارمەتی منداڵ یان گەنجێک دەدەم
helper-note = تۆ یارمەتی منداڵ یان گەنجێک دەدەیت. تکایە قسەکانی ئەو بنووسە، نەک قسەکانی خۆت.

## Say it: the form
say-title = { $band ->
    [early] پێمان بڵێ!
    [middle] پێمان بڵێ چی بیر دەکەیتەوە
    [teen] قسەی خۆت بکە
   *[adult] قسەی خۆت بکە
}
say-intro = { $band ->
    [early] وێنەکان هەڵبژێرە. کەسێکی گەورە دەتوانێت یارمەتیت بدات.
    [middle] تەنها تیمی بەشداری لە { $org } ئەمە دەخوێنێتەوە. ئەو پرسیارانەی ئەستێرەیان (*) هەیە وەڵامیان پێویستە.
    [teen] تەنها تیمی بەشداری لە { $org } ئەمە دەخوێنێتەوە. ئەو پرسیارانەی ئەستێرەیان (*) هەیە وەڵامیان پێویستە.
   *[adult] تەنها تیمی بەشداری لە { $org } ئەمە دەخوێنێتەوە. ئەو پرسیارانەی ئەستێرەیان (*) هەیە وەڵامیان پێویستە.
}
change-age = تەمەن بگۆڕە
care-legend = { $band ->
    [early] لە کوێ دەژیت؟
   *[other] کامیان زیاتر لەگەڵت دەگونجێت؟
}
care-in_care = { $band ->
    [early] لەگەڵ چاودێرکاران یان لە ماڵێکی چاودێری
   *[other] من لە ژێر چاودێریدام
}
care-care_leaver = لە چاودێری دەرچووم
kind-legend = { $band ->
    [early] دەتەوێت چیمان پێ بڵێیت؟ *
   *[other] چ جۆرە شتێکە؟ *
}
kind-good_news = { $band ->
    [early] شتێکی خۆش
   *[other] هەواڵی خۆش
}
kind-worry = { $band ->
    [early] شتێک هەڵەیە
   *[other] نیگەرانی یان کێشەیەک
}
kind-idea = { $band ->
    [early] بیرۆکەیەک
   *[other] بیرۆکەیەک یان شتێک کە دەمەوێت
}
kind-meeting = { $band ->
    [early] کۆبوونەوەکەم
   *[other] کۆبوونەوە یان پلانەکەم
}
kind-feeling = هەستم چۆنە
themes-legend = { $band ->
    [early] دەربارەی چییە؟
   *[other] دەربارەی چییە؟ (هەر چەندێک، یان هیچ)
}
mood-legend = { $band ->
    [early] هەستت چۆنە؟
   *[other] هەستت چۆنە دەربارەی ئەمە؟
}
mood-1 = زۆر دڵتەنگ
mood-2 = دڵتەنگ
mood-3 = باشە
mood-4 = دڵخۆش
mood-5 = زۆر دڵخۆش
text-label = { $band ->
    [early] ئەگەر دەتەوێت زیاتر بڵێ. کەسێکی گەورە دەتوانێت بۆت بنووسێت.
    [middle] بە وشەی خۆت پێمان بڵێ *
    [teen] بە وشەی خۆت پێمان بڵێ *
   *[adult] دەتەوێت چیمان پێ بڵێیت؟ *
}
text-hint = تا { $max } پیت. تکایە ناوی کەسانی تر مەنووسە.
who-legend = { $band ->
    [early] دەتەوێت ناوت بڵێیت؟
   *[other] بێ ناو، یان بە ناوی خۆت؟
}
who-explain = نامەکەت دەچێت بۆ تیمی بەشداری لە { $org }. ئەوان هەموو نامەیەک دەخوێننەوە. ئەگەر کەسێک لەوانەیە لە مەترسیدا بێت، دەبێت بە تیمی پاراستن بڵێن، تەنانەت ئەگەر تۆ بێ ناو بمێنیتەوە.
who-anonymous = { $band ->
    [early] نا، با نهێنی بێت
   *[other] بێ ناو. کەس نازانێت کە من بووم
}
who-anonymous-hint = ناوت و هیچ شتێک دەربارەی مۆبایلەکەت هەڵناگرین. کۆدی وەڵام تاکە ڕێگایە بۆ بینینی وەڵامەکەمان.
who-named = { $band ->
    [early] بەڵێ، ناوم بڵێن
   *[other] بە ناوی خۆم
}
who-named-hint = تیمەکە ناوت دەبینێت. ئەگەر بتەوێت، دەتوانن بە ئیمەیڵ وەڵامت بدەنەوە.
name-label = ناوت
email-label = ئیمەیڵەکەت (ئەگەر وەڵامت بە ئیمەیڵ دەوێت)
email-consent = بەڵێ، کاتێک تیمەکە وەڵام دەداتەوە ئیمەیڵم بۆ بنێرن
send = بنێرە
send-hint = نامەکەت هەر کە «بنێرە» دادەگریت هەڵدەگیرێت.

## Problems with what was typed (the form keeps everything)
error-summary = تکایە { $count ->
    [one] یەک شت
   *[other] { $count } شت
} دووبارە ببینەوە و دیسان «بنێرە» دابگرە. ئەوەی نووسیوتە هەڵمانگرتووە.
error-kind = تکایە هەڵبژێرە دەربارەی چییە.
error-text = تکایە نامەکەت بنووسە.
error-text-long = نامەکەت بۆ ئێمە زۆر درێژە. تکایە کورتتری بکەرەوە (زۆرترین { $max } پیت).
error-name = تکایە ناوت بڵێ، یان «بێ ناو» هەڵبژێرە.
error-name-long = ناوت بۆ ئێمە زۆر درێژە.
error-email = ئەم ئیمەیڵە ڕاست دیار نییە. دووبارە سەیری بکە، یان بەتاڵی بهێڵەوە.
error-mood = تکایە یەکێک لە ڕووخسارەکان هەڵبژێرە.
error-theme = تکایە لە بابەتەکانی ئەم پەڕەیە هەڵبژێرە.
error-age = تکایە دووبارە تەمەنت هەڵبژێرە.
error-care = تکایە یەکێک لە بژاردەکان هەڵبژێرە.
error-language = ئەم زمانە ناناسین. تکایە زمانێک لە لیستەکە هەڵبژێرە.
error-generic = کێشەیەک لە لای ئێمە ڕوویدا. قسەکانت هێشتا لێرەن. تکایە دووبارە هەوڵ بدەرەوە.
error-not-sent-yet = هێشتا نەنێردراوە: ئێستا نەمانتوانی نامەکەت هەڵبگرین. قسەکانت هێشتا لێرەن. تکایە دوای خولەکێک دووبارە هەوڵ بدەرەوە.

## Thank you
thanks-title = { $band ->
    [early] سوپاس!
   *[other] سوپاس، پێمان گەیشت
}
thanks-saved = نامەکەت بە سەلامەتی هەڵگیرا.
thanks-code-label = کۆدی وەڵامەکەت
thanks-code-keep = { $band ->
    [early] داوا لە کەسێکی گەورە بکە ئەم سێ وشەیە بنووسێت.
   *[other] ئەم سێ وشەیە بنووسە یان وێنەیان بگرە. بۆ بینینی وەڵامەکەمان پێویستت پێیانە.
}
thanks-next-title = دواتر چی ڕوودەدات
thanks-next = تیمی بەشداری هەموو نامەیەک دەخوێنێتەوە و هەوڵ دەدات لە ماوەی { $days } ڕۆژی کاردا وەڵام بداتەوە. بگەڕێوە و بە کۆدەکەت وەڵامەکە ببینە.
thanks-next-email = کاتێک وەڵام هات، ئیمەیڵیشت بۆ دەنێرین.
thanks-again = شتێکی تر بڵێ
thanks-check = وەڵام هاتووە؟

## Help (I don't feel safe)
help-title = یارمەتی لێرەیە
help-now = ئەگەر ئێستا لە مەترسیدایت، پەیوەندی بە 999 بکە.
help-999 = پەیوەندی بە 999 بکە
help-childline = Childline (هێڵی یارمەتی منداڵان)، بەخۆڕایی، هەر کاتێک: { $phone }
help-childline-call = پەیوەندی بە Childline بکە { $phone }
help-ooh = { $org } لە دەرەوەی کاتی کار: { $phone }
help-ooh-call = پەیوەندی بکە { $phone }
help-urgent = ئەوەی نووسیوتە نیگەرانی کردووین بۆت. نامەکەت سەرەتا چووە بۆ تیمی پاراستن.
help-send-title = نامە بنێرە بۆ تیمی پاراستن
help-send-intro = هەرچی زووتر دەیخوێننەوە. ئەمە خزمەتگوزاری فریاکەوتن نییە: ئەگەر ئێستا یارمەتیت پێویستە، پەیوەندی بە 999 یان Childline بکە.
help-text-label = چی ڕوودەدات؟ *
help-contact-label = چۆن دەتوانین بە سەلامەتی پەیوەندیت پێوە بکەین؟ (ئارەزوومەندانە)
help-contact-hint = ناوت، و ژمارەی تەلەفۆن یان ئیمەیڵێک کە بەکارهێنانی سەلامەت بێت. بۆ ئەوەی بێ ناو بمێنیتەوە بەتاڵی بهێڵەوە.
help-send = بنێرە بۆ تیمی پاراستن
help-sent = نامەکەت چوو بۆ تیمی پاراستن.

## Check my reply
reply-title = وەڵام هاتووە؟
reply-intro = سێ وشەکەی کۆدی وەڵامەکەت بنووسە.
reply-code-label = کۆدی وەڵام
reply-code-hint = بەم شێوەیە: apple-river-tiger
reply-check = سەیر بکە
reply-not-found = ئەم کۆدەمان نەدۆزییەوە. ڕێنووسەکەی ببینە. سێ وشەیە، وەک apple-river-tiger.
reply-limited = هەوڵی زۆر. تکایە خولەکێک چاوەڕێ بکە و دووبارە هەوڵ بدەرەوە.
reply-status-title = نامەکەت
status-sent = { $band ->
    [early] نامەکەت گەیشت. بەم زووانە دەیخوێنینەوە.
   *[other] نێردرا. تیمەکە بەم زووانە دەیخوێنێتەوە.
}
status-read = { $band ->
    [early] تیمەکە نامەکەتی خوێندەوە.
   *[other] تیمەکە خوێندیەوە.
}
status-replied = تیمەکە وەڵامی داوەتەوە.
replies-none = هێشتا وەڵام نییە. تکایە چەند ڕۆژێکی تر دووبارە سەیر بکەرەوە.
replies-title = وەڵامەکانی تیمەکە

## Errors
not-found-title = ئەم پەڕەیەمان نەدۆزییەوە
not-found-body = ناونیشانەکە ببینە، یان بگەڕێوە بۆ سەرەتا.
back-home = گەڕانەوە بۆ سەرەتا

## You said, we did
you-said-we-did-title = ئێوە گوتتان، ئێمە کردمان
you-said-we-did-intro = { $band ->
    [early] تۆ شتێکت پێ گوتین. ئەمە ئەوەیە کە کردمان.
   *[other] ئەوەی گەنجان بە { $org }یان گوت، و ئەوەی بەهۆیەوە ڕوویدا. کاتێک وەڵامەکە «نا» یە، دەڵێین بۆچی.
}
you-said-we-did-none = هێشتا هیچ لێرە نییە. نامەکانت یارمەتی دەدەن بڕیار بدرێت چی بێتە ئێرە.
you-said-we-did-filter = بابەتێک پیشان بدە
you-said-we-did-all = هەموو بابەتەکان
you-said-we-did-show = پیشان بدە
you-said-we-did-you-said = ئێوە گوتتان
you-said-we-did-we-did = ئێمە کردمان / دەیکەین
you-said-we-did-why-not = بۆچی نا
you-said-we-did-due = تا { $date }
home-you-said-we-did = ئێوە گوتتان، ئێمە کردمان
home-you-said-we-did-hint = چی گۆڕا چونکە گەنجان قسەیان کرد
action-status-heard = { $band ->
    [early] گوێمان لێت بوو
   *[other] بیسترا
}
action-status-planned = { $band ->
    [early] پلانێکمان هەیە
   *[other] پلانی بۆ دانراوە
}
action-status-in_progress = { $band ->
    [early] خەریکی ئەنجامدانین
   *[other] لە ئەنجامداندایە
}
action-status-done = { $band ->
    [early] کرا!
   *[other] کرا
}
action-status-not_doing = { $band ->
    [early] ناتوانین ئەمە بکەین
   *[other] ناکرێت
}
status-action = { $band ->
    [early] نامەکەت یارمەتی دا شتێک بگۆڕێت!
   *[other] نامەکەت ئێستا بەشێکە لە «ئێوە گوتتان، ئێمە کردمان».
}
status-action-link = ببینە چی کرا
status-you_said_we_did = { $band ->
    [early] نامەکەت یارمەتی دا شتێک بگۆڕێت!
   *[other] بەشێک لە «ئێوە گوتتان، ئێمە کردمان».
}

## The language picker
lang-picker = زمان
lang-picker-choose = زمانەکەت هەڵبژێرە

## Quick exit
exit-page = لەم پەڕەیە دەرچۆ
exit-page-keys = یان سێ جار دوگمەی Shift دابگرە
exit-page-leaving = دەرچوون لە پەڕەکە

## Read aloud
read-aloud-no-voice = ببورە، ئەم مۆبایلە دەنگی نییە بۆ خوێندنەوەی ئەم زمانە. لەوانەیە کەسێکی گەورە بتوانێت بۆت بخوێنێتەوە.

## No signal
offline-saved-page = ئێستا هێڵ نییە. ئەم پەڕەیە لە سەردانی پێشووتەوە لەسەر مۆبایلەکەت هەڵگیرابوو.
offline-kept-title = هێشتا نەنێردراوە
offline-kept = ئێستا هێڵ نییە. نامەکەت لەسەر ئەم مۆبایلە هەڵگیراوە و کاتێک هێڵ گەڕایەوە خۆی دەنێردرێت. پاشان لە مۆبایلەکە دەسڕدرێتەوە.
offline-kept-shared = ئەگەر کەسانی تر ئەم مۆبایلە بەکاردەهێنن، لەوانەیە تا دەنێردرێت بیبینن. دەتوانیت ئێستا بیسڕیتەوە.
offline-kept-danger = ئەگەر ئێستا لە مەترسیدایت، پەیوەندی بە 999 بکە. تەنانەت بێ باڵانسیش دەتوانیت پەیوەندی بە 999 بکەیت.
offline-delete = نامە چاوەڕوانەکەم بسڕەوە
offline-deleted = سڕایەوە. هیچ شتێک لەسەر ئەم مۆبایلە چاوەڕێ ناکات.
offline-waiting = نامەیەک لەسەر ئەم مۆبایلە چاوەڕێیە. کاتێک هێڵ هات خۆی دەنێردرێت.
offline-sent-title = نامەکەت نێردرا
offline-sent = ئەو نامەیەی لەسەر ئەم مۆبایلە چاوەڕێ بوو ئێستا نێردرا، و لە مۆبایلەکە سڕایەوە. کۆدی وەڵامەکەت ئەمەیە:
offline-sent-done = نووسیمەوە
offline-check = نامەیەک کە لەسەر ئەم مۆبایلە هەڵگیرابوو وەک خۆی نەنێردرا. گەڕاوەتەوە بۆ فۆڕمەکەی خوارەوە: تکایە سەیری بکە و «بنێرە» دابگرە.

## Easy read
easy-link = خوێندنەوەی ئاسان: وێنە، هەر جارێک یەک پرسیار
easy-link-hint = ئەگەر نەتەوێت، پێویست ناکات هیچ بخوێنیتەوە یان بنووسیت
easy-title = بە وێنە پێمان بڵێ
easy-step = هەنگاوی { $n } لە { $total }
easy-who = کێ لەگەڵتە؟
easy-who-me = تەنها خۆم
easy-who-helper = کەسێکی گەورە یارمەتیم دەدات
easy-age = تەمەنت چەندە؟
easy-kind = دەتەوێت چیمان پێ بڵێیت؟
easy-themes = دەربارەی چییە؟
easy-themes-hint = دەست بدە لە هەموو ئەو وێنانەی دەگونجێن، یان هیچیان. پاشان «دواتر» دابگرە.
easy-mood = هەستت چۆنە؟
easy-words = دەتەوێت زیاتر بڵێیت؟
easy-words-hint = پێویست ناکات. دەتوانیت وێنەکان وەک خۆیان بنێریت. کەسێکی گەورە دەتوانێت بۆت بنووسێت.
easy-words-label = قسەکانت (پێویست ناکات)
easy-check = نامەکەت
easy-send = بنێرە
easy-next = دواتر
easy-back = گەڕانەوە
easy-change = بیگۆڕە
easy-nothing = هیچ هەڵنەبژێردراوە

## Themes
theme-where-i-live = ئەو شوێنەی تێیدا دەژیم
theme-where-i-live-young = ماڵەکەم
theme-family-friends = خێزان، هاوڕێیان و پەیوەندی ڕاگرتن
theme-family-friends-young = خێزان و هاوڕێیان
theme-my-worker = کارمەندەکەم و گوێلێگرتن لێم
theme-my-worker-young = کارمەندەکەم
theme-school-work = قوتابخانە، کۆلێژ و کار
theme-school-work-young = قوتابخانە
theme-health-feelings = تەندروستی و هەستەکان
theme-health-feelings-young = تەندروستی و هەستەکان
theme-money = پارە
theme-money-young = پارە
theme-leaving-care = گەورەبوون و دەرچوون لە چاودێری (خانوو، سەربەخۆیی)
theme-leaving-care-young = گەورەبوون
theme-being-safe = سەلامەت بوون
theme-being-safe-young = هەستی سەلامەتی
theme-fun = کات بەسەربردن، خولیاکان و چالاکییەکان
theme-fun-young = یاری و خولیاکان
theme-who-i-am = من کێم (ناسنامە، کولتوور، ئایین)
theme-who-i-am-young = من کێم

## Email to a young person
email-reply-subject = { $org } وەڵامی نامەکەتی دایەوە
email-reply-hello = سڵاو { $name }،
email-reply-intro = { $org } وەڵامی نامەکەتی دایەوە:
email-reply-link = دەتوانیت وەڵامەکە بە کۆدی وەڵامەکەت لێرەش بخوێنیتەوە: { $link }

## Surveys
survey-face-1 = { $band ->
    [early] زۆر دڵتەنگ
   *[other] زۆر ناڕازی
}
survey-face-2 = { $band ->
    [early] دڵتەنگ
   *[other] ناڕازی
}
survey-face-3 = { $band ->
    [early] ناوەند
   *[other] باشە
}
survey-face-4 = دڵخۆش
survey-face-5 = زۆر دڵخۆش
survey-answer-yes = بەڵێ
survey-answer-no = نەخێر
survey-answer-not_sure = دڵنیا نیم

## The ready-made well-being survey
wb-title = { $band ->
    [early] چۆنیت؟
    [adult] ژیانت دوای چاودێری
   *[other] ژیانت چۆن تێدەپەڕێت؟
}
wb-intro = { $band ->
    [early] چەند پرسیارێکی کورت. دەست بدە لە ڕووخسارێک. کەسێکی گەورە دەتوانێت یارمەتیت بدات.
    [middle] چەند پرسیارێک دەربارەی خۆت و ژیانت. وەڵامی ڕاست یان هەڵە نییە، و دەتوانیت هەر پرسیارێک تێپەڕێنیت.
    [adult] چەند پرسیارێک دەربارەی ئەوەی کارەکانت چۆن دەڕۆن: ئەو کەسانەی لە دەوروبەرتن، ماڵەکەت، پارە و داهاتوو. ناوت نادەیت، و دەتوانیت هەر شتێک تێپەڕێنیت.
   *[other] چەند پرسیارێک دەربارەی خۆت، ئەو کەسانەی لە دەوروبەرتن و ئەوەی کارەکان چۆن دەڕۆن. ناوت نادەیت، و دەتوانیت هەر پرسیارێک تێپەڕێنیت.
}
wb-part-relationships = { $band ->
    [early] خەڵک
   *[other] ئەو کەسانەی لە دەوروبەرتن
}
wb-part-rights = { $band ->
    [early] گوێلێگیران
   *[other] مافەکانت و دەنگت
}
wb-part-resilience = { $band ->
    [early] هەستی باش
   *[other] تێپەڕاندنی کاتە سەختەکان
}
wb-part-recovery = { $band ->
    [early] هەستی سەلامەتی
    [adult] ماڵ، پارە و داهاتوو
   *[other] هەستی سەلامەتی و ئارامی
}
wb-people-home = { $band ->
    [early] لەگەڵ گەورەکانی ماڵەوە چۆنیت؟
    [adult] هەستت چۆنە دەربارەی ئەو کەسانەی ئێستا پشتگیریت دەکەن؟
   *[other] هەستت چۆنە دەربارەی ئەو کەسانەی لەگەڵیان دەژیت؟
}
wb-trusted-adult = { $band ->
    [early] کەسێکی گەورە هەیە کە بتوانیت شتەکانی پێ بڵێیت؟
    [adult] کەسێک هەیە کاتێک کارەکان تێک دەچن، وەک پسوولەکان یان ماڵەکەت، داوای یارمەتی لێ بکەیت؟
   *[other] گەورەساڵێک هەیە کە متمانەت پێی هەبێت و بتوانیت دەربارەی هەر شتێک قسەی لەگەڵ بکەیت؟
}
wb-family-contact = { $band ->
    [early] خێزانەکەت دەبینیت؟
    [adult] هەستت چۆنە دەربارەی ئەوەی چەند جار خێزانەکەت دەبینیت یان قسەیان لەگەڵ دەکەیت؟
   *[other] چەند جار ئەو ئەندامانەی خێزانەکەت دەبینیت یان قسەیان لەگەڵ دەکەیت کە لەگەڵیان ناژیت؟
}
wb-family-contact-enough = { $band ->
    [early] باشە
   *[other] نزیکەی گونجاوە
}
wb-family-contact-more = { $band ->
    [early] زیاترم دەوێت
   *[other] حەز دەکەم زیاتر بێت
}
wb-family-contact-less = { $band ->
    [early] کەمترم دەوێت
   *[other] حەز دەکەم کەمتر بێت
}
wb-family-contact-not-wanted = { $band ->
    [early] نامەوێت
   *[other] باشترە نەیانبینم
}
wb-listened-to = { $band ->
    [early] گەورەکان گوێت لێ دەگرن؟
    [adult] کاتێک پلان بۆ ژیانت دادەنرێت، هەست دەکەیت گوێت لێ دەگیرێت؟
   *[other] کاتێک بڕیار دەربارەی تۆ دەدرێت، هەست دەکەیت گوێت لێ دەگیرێت؟
}
wb-know-rights = { $band ->
    [early] دەزانیت ئەگەر دڵتەنگ بوویت بە کێ بڵێیت؟
    [adult] دەزانیت وەک کەسێک کە لە چاودێری دەرچووە چ یارمەتییەک وەردەگریت، وەک پارە، خانوو و ڕاوێژکاری تایبەت؟
   *[other] دەزانیت ئەگەر لە چاودێرییەکەت ناڕازی بوویت چی بکەیت، و کێ دەتوانێت یارمەتیت بدات؟
}
wb-feel-good = { $band ->
    [early] چی دڵخۆشت دەکات؟
   *[other] چی یارمەتیت دەدات هەستی باش بکەیت؟ هەر چەندێک دەتەوێت هەڵبژێرە.
}
wb-feel-good-friends = هاوڕێیان
wb-feel-good-sport = { $band ->
    [early] یاری کردن
   *[other] وەرزش یان یاری
}
wb-feel-good-creative = { $band ->
    [early] وێنەکێشان یان مۆسیقا
   *[other] مۆسیقا، هونەر یان دروستکردنی شت
}
wb-feel-good-learning = { $band ->
    [early] قوتابخانە
    [adult] کۆلێژ، ڕاهێنان یان کار
   *[other] قوتابخانە یان فێربوون
}
wb-feel-good-animals = { $band ->
    [early] ئاژەڵی ماڵی
   *[other] ئاژەڵی ماڵی یان ئاژەڵەکان
}
wb-feel-good-outdoors = { $band ->
    [early] چوونە دەرەوە
   *[other] بوون لە دەرەوە
}
wb-feel-good-faith = ئایین، کولتوور یان کۆمەڵگاکەم
wb-hard-times = { $band ->
    [early] کاتێک شتێک سەختە، دوای کەمێک باش دەبیت؟
    [adult] کاتێک شتێک تێک دەچێت، وەک پارە یان ماڵەکەت، چەند باش دووبارە لەسەر پێی خۆت دەوەستیتەوە؟
   *[other] کاتێک کارەکان تێک دەچن، چەند باش تێیدەپەڕێنیت؟
}
wb-feel-safe = { $band ->
    [early] لە ماڵەوە هەست بە سەلامەتی دەکەیت؟
    [adult] لە ماڵەکەتدا چەند هەست بە ئارامی و سەلامەتی دەکەیت؟
   *[other] لەو شوێنەی دەژیت چەند هەست بە سەلامەتی دەکەیت؟
}
wb-future = { $band ->
    [early] زۆربەی ڕۆژەکان دڵخۆشیت؟
    [adult] هەستت چۆنە دەربارەی پارەکەت و داهاتووت؟
   *[other] هەستت چۆنە دەربارەی داهاتووت؟
}
wb-anything-else = { $band ->
    [early] شتێکی تر؟ کەسێکی گەورە دەتوانێت بۆت بنووسێت.
   *[other] شتێکی تر هەیە بتەوێت پێمان بڵێیت؟ پێویست ناکات.
}

## Answering a survey
surveys-title = { $band ->
    [early] پرسیار بۆ تۆ
   *[other] ڕاپرسییەکان
}
surveys-none = ئێستا هیچ ڕاپرسییەک کراوە نییە.
surveys-closes = کراوەیە تا { $date }
survey-start = دەست پێبکە
survey-who-title = { $band ->
    [early] تەمەنت چەندە؟
   *[other] سەرەتا، دەربارەی خۆت
}
survey-who-intro = ئەمە یارمەتیمان دەدات ببینین بارودۆخ بۆ تەمەنە جیاوازەکان چۆنە. ناوت ناپرسین.
survey-age-legend = تەمەنت چەندە؟
survey-care-legend = ئایا تۆ
survey-care-in_care = ئێستا لە ژێر چاودێریدایت
survey-care-leaver = لە چاودێری دەرچوویت
survey-care-skip = باشترە نەیڵێم
survey-progress = پرسیاری { $n } لە { $total }
survey-next = دواتر
survey-back = گەڕانەوە
survey-skip = ئەم پرسیارە تێپەڕێنە
survey-finish = کۆتایی
survey-saved = هەر وەڵامێک هەر کە «دواتر» دادەگریت هەڵدەگیرێت، بۆیە ئەگەر پەیوەندی پچڕا دەتوانیت لێرەوە بەردەوام بیت.
survey-text-label = قسەکانت
survey-choose-any = هەر چەندێک دەتەوێت هەڵبژێرە
survey-done-title = { $band ->
    [early] سوپاس!
   *[other] سوپاس بۆ وەڵامەکانت
}
survey-done-body = وەڵامەکانت هەڵگیران. ناوتیان لەسەر نییە. تیمەکە سەیری وەڵامی هەمووان پێکەوە دەکات بۆ ئەوەی ببینێت چی پێویستە بگۆڕێت.
survey-done-urgent = هەندێک لەوەی نووسیوتە نیگەرانی کردووین بۆت. بە تیمی پاراستن ڕاگەیەندرا. ئەگەر ئێستا لە مەترسیدایت، یارمەتی وەربگرە:
survey-closed = ئەم ڕاپرسییە ئێستا کراوە نییە.
survey-error-answer = تکایە وەڵامێک هەڵبژێرە، یان «ئەم پرسیارە تێپەڕێنە» دابگرە.
survey-error-who = تکایە تەمەنت هەڵبژێرە.
survey-qr-title = کۆدی پۆستەر
survey-home-link = { $band ->
    [early] پرسیار بۆ تۆ
   *[other] وەڵامی ڕاپرسییەک بدەرەوە
}
survey-home-hint = چەند پرسیارێک، هەر جارێک یەک. ناو پێویست نییە.
