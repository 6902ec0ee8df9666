# Sayso — پښتو (Pashto): the words of the young people's pages, the
# well-being survey and the email a young person gets.
# Written by: the Sayso team, in plain Pashto for children, from the English
#   in app/locales/en/. Talks to the child as "ته" (warm, informal; masculine
#   forms where Pashto needs a gender).
# review: draft — not yet checked by a fluent speaker. Pashto is the language
#   we are least sure of: please ask a Pashto speaker who works with children
#   to read it before the language is shown, then write their name here as
#   "# review: checked by NAME, ROLE, DATE".
# $band is one of: early (4-7), middle (8-11), teen (12-17), adult (16-25).

site-name = Sayso
skip-to-content = اصلي منځپانګې ته لاړ شه

## Every young person's page
unsafe-button = زه د خوندیتوب احساس نه کوم
footer-advocacy-title = غواړې چې یو څوک ستا ملاتړ وکړي؟
footer-advocacy = یو مدافع (advocate) کولی شي مرسته وکړي چې ته خپله خبره وکړې، او ډاډ ترلاسه کړي چې خلک ستا خبرو ته غوږ نیسي. { $contact }
footer-complaints-title = له هغه چلند څخه خوښ نه یې چې درسره شوی؟
footer-complaints = ته د شکایت کولو حق لرې. { $contact }
footer-private = موږ هېڅکله درنه د حساب جوړولو غوښتنه نه کوو. بې نومه پیغامونه ستا نوم او ستا د موبایل هېڅ معلومات نه لري.
read-aloud = په لوړ غږ یې ولوله
read-aloud-stop = لوستل ودروه

## Home
home-title = خپله خبره وکړه
home-intro = { $org } ته ووایه چې څه ښه دي، څه سم نه دي او ته څه غواړې. حساب ته اړتیا نشته، او کولی شې بې نومه پاتې شې.
home-for = د { $term } او هغو ځوانانو لپاره چې له پالنې وتلي دي.
home-say = یو څه ووایه
home-say-hint = ښه خبر، اندېښنه، یو نظر، یا دا چې څنګه احساس کوې
home-reply = ځواب راغلی؟
home-reply-hint = هغه د ځواب کوډ وکاروه چې موږ درکړی
home-help-hint = همدا اوس مرسته ترلاسه کړه

## Say it: who are you
age-title = لومړی، ته څو کلن یې؟
age-intro = د دې لپاره چې ستا لپاره سم ټکي وکاروو.
age-early = له ۴ تر ۷
age-middle = له ۸ تر ۱۱
age-teen = له ۱۲ تر ۱۷
age-adult = له ۱۶ تر ۲۵
age-adult-hint = له پالنې وتلي
helper-link = زه یو لوی سړی یم او له یو ماشوم یا ځوان سره مرسته کوم
helper-note = ته له یو ماشوم یا ځوان سره مرسته کوې. مهرباني وکړه د هغه خپلې خبرې ولیکه، نه خپلې.

## Say it: the form
say-title = { $band ->
    [early] موږ ته ووایه!
    [middle] موږ ته ووایه چې څه فکر کوې
    [teen] خپله خبره وکړه
   *[adult] خپله خبره وکړه
}
say-intro = { $band ->
    [early] انځورونه وټاکه. یو لوی کس درسره مرسته کولی شي.
    [middle] دا یوازې په { $org } کې د ګډون ټیم لولي. هغه پوښتنې چې ستوری (*) لري ځواب ته اړتیا لري.
    [teen] دا یوازې په { $org } کې د ګډون ټیم لولي. هغه پوښتنې چې ستوری (*) لري ځواب ته اړتیا لري.
   *[adult] دا یوازې په { $org } کې د ګډون ټیم لولي. هغه پوښتنې چې ستوری (*) لري ځواب ته اړتیا لري.
}
change-age = عمر بدل کړه
care-legend = { $band ->
    [early] ته چېرته اوسېږې؟
   *[other] کوم یو تاسره ښه برابر دی؟
}
care-in_care = { $band ->
    [early] له پالونکو سره یا په یوه پالنځي کې
   *[other] زه د پالنې لاندې یم
}
care-care_leaver = زه له پالنې وتلی یم
kind-legend = { $band ->
    [early] موږ ته څه ویل غواړې؟ *
   *[other] دا د څه ډول خبره ده؟ *
}
kind-good_news = { $band ->
    [early] یو ښه شی
   *[other] ښه خبر
}
kind-worry = { $band ->
    [early] یو شی سم نه دی
   *[other] اندېښنه یا ستونزه
}
kind-idea = { $band ->
    [early] یو نظر
   *[other] یو نظر یا یو شی چې غواړم یې
}
kind-meeting = { $band ->
    [early] زما ناسته
   *[other] زما ناسته یا زما پلان
}
kind-feeling = زما احساس
themes-legend = { $band ->
    [early] د څه په اړه ده؟
   *[other] د څه په اړه ده؟ (هر څو چې غواړې، یا هېڅ)
}
mood-legend = { $band ->
    [early] څنګه احساس کوې؟
   *[other] د دې په اړه څنګه احساس کوې؟
}
mood-1 = ډېر خپه
mood-2 = خپه
mood-3 = سم
mood-4 = خوشحاله
mood-5 = ډېر خوشحاله
text-label = { $band ->
    [early] که غواړې نور هم ووایه. یو لوی کس یې درته لیکلی شي.
    [middle] په خپلو ټکو یې ووایه *
    [teen] په خپلو ټکو یې ووایه *
   *[adult] موږ ته څه ویل غواړې؟ *
}
text-hint = تر { $max } تورو پورې. مهرباني وکړه د نورو خلکو نومونه مه لیکه.
who-legend = { $band ->
    [early] غواړې خپل نوم ووایې؟
   *[other] بې نومه، که له خپل نوم سره؟
}
who-explain = ستا پیغام په { $org } کې د ګډون ټیم ته ځي. هغوی هر پیغام لولي. که یو څوک په خطر کې وي، باید د ساتنې ټیم ته خبر ورکړي، که څه هم ته بې نومه پاتې شې.
who-anonymous = { $band ->
    [early] نه، راز دې پاتې شي
   *[other] بې نومه. هېڅوک به ونه پوهېږي چې زه وم
}
who-anonymous-hint = موږ ستا نوم او ستا د موبایل په اړه هېڅ شی نه ساتو. د ځواب کوډ یوازینۍ لار ده چې زموږ ځواب ووینې.
who-named = { $band ->
    [early] هو، زما نوم ووایاست
   *[other] له خپل نوم سره
}
who-named-hint = ټیم به ستا نوم ووینې. که وغواړې، په برېښنالیک کې درته ځواب درکولی شي.
name-label = ستا نوم
email-label = ستا برېښنالیک (که غواړې ځواب په برېښنالیک کې ترلاسه کړې)
email-consent = هو، کله چې ټیم ځواب راکړي ما ته برېښنالیک راولېږئ
send = ولېږه
send-hint = ستا پیغام همغه شېبه خوندي کېږي چې «ولېږه» کېکاږې.

## Problems with what was typed (the form keeps everything)
error-summary = مهرباني وکړه { $count ->
    [one] یو شی
   *[other] { $count } شیان
} بیا وګوره او بیا «ولېږه» کېکاږه. هغه څه چې تا لیکلي موږ ساتلي دي.
error-kind = مهرباني وکړه وټاکه چې د څه په اړه ده.
error-text = مهرباني وکړه خپل پیغام ولیکه.
error-text-long = ستا پیغام زموږ لپاره ډېر اوږد دی. مهرباني وکړه لنډ یې کړه (تر ټولو ډېر { $max } توري).
error-name = مهرباني وکړه خپل نوم ووایه، یا «بې نومه» وټاکه.
error-name-long = ستا نوم زموږ لپاره ډېر اوږد دی.
error-email = دا برېښنالیک سم نه ښکاري. بیا یې وګوره، یا یې خالي پرېږده.
error-mood = مهرباني وکړه یو مخ وټاکه.
error-theme = مهرباني وکړه د دې پاڼې له موضوعاتو څخه وټاکه.
error-age = مهرباني وکړه خپل عمر بیا وټاکه.
error-care = مهرباني وکړه یو انتخاب وټاکه.
error-language = دا ژبه نه پېژنو. مهرباني وکړه له لېست څخه یوه ژبه وټاکه.
error-generic = زموږ له خوا یوه ستونزه پېښه شوه. ستا خبرې لا هم دلته دي. مهرباني وکړه بیا هڅه وکړه.
error-not-sent-yet = لا نه دی لېږل شوی: اوس مو ستا پیغام نه شو خوندي کولی. ستا خبرې لا هم دلته دي. مهرباني وکړه یوه دقیقه وروسته بیا هڅه وکړه.

## Thank you
thanks-title = { $band ->
    [early] مننه!
   *[other] مننه، پیغام مو ترلاسه کړ
}
thanks-saved = ستا پیغام په خوندي ډول ساتل شوی.
thanks-code-label = ستا د ځواب کوډ
thanks-code-keep = { $band ->
    [early] له یو لوی کس څخه وغواړه چې دا درې ټکي ولیکي.
   *[other] دا درې ټکي ولیکه یا یې انځور واخله. زموږ د ځواب لیدو لپاره دې اړتیا ورته ده.
}
thanks-next-title = وروسته څه کېږي
thanks-next = د ګډون ټیم هر پیغام لولي او هڅه کوي چې په { $days } کاري ورځو کې ځواب درکړي. بیا راشه او د خپل کوډ په مرسته ځواب وګوره.
thanks-next-email = کله چې ځواب راشي، موږ به برېښنالیک هم درولېږو.
thanks-again = بل څه ووایه
thanks-check = ځواب راغلی؟

## Help (I don't feel safe)
help-title = مرسته دلته ده
help-now = که همدا اوس په خطر کې یې، 999 ته زنګ ووهه.
help-999 = 999 ته زنګ ووهه
help-childline = Childline (د ماشومانو د مرستې کرښه)، وړیا، هر وخت: { $phone }
help-childline-call = Childline ته زنګ ووهه { $phone }
help-ooh = { $org } له کاري ساعتونو وروسته: { $phone }
help-ooh-call = زنګ ووهه { $phone }
help-urgent = هغه څه چې تا لیکلي موږ ستا په اړه اندېښمن کړي یو. ستا پیغام لومړی د ساتنې ټیم ته تللی.
help-send-title = د ساتنې ټیم ته پیغام ولېږه
help-send-intro = هغوی به یې ژر تر ژره ولولي. دا د بیړني حالت خدمت نه دی: که همدا اوس مرستې ته اړتیا لرې، 999 یا Childline ته زنګ ووهه.
help-text-label = څه پېښېږي؟ *
help-contact-label = موږ څنګه په خوندي ډول له تا سره اړیکه نیولی شو؟ (اختیاري)
help-contact-hint = ستا نوم، او یو تلیفون شمېره یا برېښنالیک چې کارول یې خوندي وي. که غواړې بې نومه پاتې شې، خالي یې پرېږده.
help-send = د ساتنې ټیم ته یې ولېږه
help-sent = ستا پیغام د ساتنې ټیم ته ولاړ.

## Check my reply
reply-title = ځواب راغلی؟
reply-intro = د خپل ځواب کوډ درې ټکي ولیکه.
reply-code-label = د ځواب کوډ
reply-code-hint = داسې: apple-river-tiger
reply-check = وګوره
reply-not-found = دا کوډ مو پیدا نه کړ. املا یې وګوره. درې ټکي دي، لکه apple-river-tiger.
reply-limited = ډېرې هڅې. مهرباني وکړه یوه دقیقه صبر وکړه او بیا هڅه وکړه.
reply-status-title = ستا پیغام
status-sent = { $band ->
    [early] ستا پیغام موږ ته راغی. ژر به یې ولولو.
   *[other] ولېږل شو. ټیم به یې ژر ولولي.
}
status-read = { $band ->
    [early] ټیم ستا پیغام لوستی.
   *[other] ټیم لوستی.
}
status-replied = ټیم ځواب ورکړی.
replies-none = لا ځواب نه دی راغلی. مهرباني وکړه څو ورځې وروسته بیا وګوره.
replies-title = د ټیم ځوابونه

## Errors
not-found-title = دا پاڼه مو پیدا نه کړه
not-found-body = پته وګوره، یا پیل ته بېرته لاړ شه.
back-home = پیل ته بېرته

## You said, we did
you-said-we-did-title = تاسو وویل، موږ وکړل
you-said-we-did-intro = { $band ->
    [early] تا موږ ته څه وویل. دا هغه څه دي چې موږ وکړل.
   *[other] ځوانانو { $org } ته څه وویل، او له امله یې څه وشول. کله چې ځواب «نه» وي، موږ وایو ولې.
}
you-said-we-did-none = لا دلته هېڅ نشته. ستا پیغامونه مرسته کوي چې پرېکړه وشي دلته څه راشي.
you-said-we-did-filter = یوه موضوع وښیه
you-said-we-did-all = ټولې موضوعګانې
you-said-we-did-show = وښیه
you-said-we-did-you-said = تاسو وویل
you-said-we-did-we-did = موږ وکړل / موږ به یې وکړو
you-said-we-did-why-not = ولې نه
you-said-we-did-due = تر { $date } پورې
home-you-said-we-did = تاسو وویل، موږ وکړل
home-you-said-we-did-hint = څه بدل شول ځکه چې ځوانانو خبرې وکړې
action-status-heard = { $band ->
    [early] موږ واورېدل
   *[other] واورېدل شو
}
action-status-planned = { $band ->
    [early] پلان لرو
   *[other] پلان شوی
}
action-status-in_progress = { $band ->
    [early] په کار بوخت یو
   *[other] روان دی
}
action-status-done = { $band ->
    [early] وشو!
   *[other] وشو
}
action-status-not_doing = { $band ->
    [early] دا نه شو کولی
   *[other] نه کېږي
}
status-action = { $band ->
    [early] ستا پیغام مرسته وکړه چې یو شی بدل شي!
   *[other] ستا پیغام اوس د «تاسو وویل، موږ وکړل» برخه ده.
}
status-action-link = وګوره چې څه وشول
status-you_said_we_did = { $band ->
    [early] ستا پیغام مرسته وکړه چې یو شی بدل شي!
   *[other] د «تاسو وویل، موږ وکړل» برخه.
}

## The language picker
lang-picker = ژبه
lang-picker-choose = خپله ژبه وټاکه

## Quick exit
exit-page = له دې پاڼې ووځه
exit-page-keys = یا درې ځله د Shift تڼۍ کېکاږه
exit-page-leaving = له پاڼې وتل

## Read aloud
read-aloud-no-voice = بښنه غواړو، په دې موبایل کې د دې ژبې د لوستلو غږ نشته. کېدای شي یو لوی کس یې درته ولولي.

## No signal
offline-saved-page = اوس سیګنال نشته. دا پاڼه له تېر ځل څخه ستا په موبایل کې ساتل شوې وه.
offline-kept-title = لا نه دی لېږل شوی
offline-kept = اوس سیګنال نشته. ستا پیغام په همدې موبایل کې ساتل شوی او کله چې سیګنال بېرته راشي پخپله به ولېږل شي. بیا به له موبایل څخه پاک شي.
offline-kept-shared = که نور خلک هم دا موبایل کاروي، کېدای شي تر لېږلو پورې یې ووینې. ته کولی شې همدا اوس یې پاک کړې.
offline-kept-danger = که همدا اوس په خطر کې یې، 999 ته زنګ ووهه. 999 ته بې کریډیټه هم زنګ وهلی شې.
offline-delete = زما انتظار کوونکی پیغام پاک کړه
offline-deleted = پاک شو. په دې موبایل کې هېڅ شی په انتظار کې نه دی.
offline-waiting = یو پیغام په دې موبایل کې په انتظار کې دی. کله چې سیګنال راشي پخپله به ولېږل شي.
offline-sent-title = ستا پیغام ولېږل شو
offline-sent = هغه پیغام چې په دې موبایل کې په انتظار کې و اوس ولېږل شو، او له موبایل څخه پاک شو. ستا د ځواب کوډ دا دی:
offline-sent-done = ما ولیکه
offline-check = یو پیغام چې په دې موبایل کې ساتل شوی و لکه څنګه چې و ونه لېږل شو. لاندې فورم ته بېرته راغلی: مهرباني وکړه ویې ګوره او «ولېږه» کېکاږه.

## Easy read
easy-link = اسانه لوستل: انځورونه، هر ځل یوه پوښتنه
easy-link-hint = که نه غواړې، هېڅ لوستلو یا لیکلو ته اړتیا نشته
easy-title = په انځورونو موږ ته ووایه
easy-step = ګام { $n } له { $total }
easy-who = څوک درسره دي؟
easy-who-me = یوازې زه
easy-who-helper = یو لوی کس راسره مرسته کوي
easy-age = ته څو کلن یې؟
easy-kind = موږ ته څه ویل غواړې؟
easy-themes = د څه په اړه ده؟
easy-themes-hint = په ټولو هغو انځورونو ټک وکړه چې سم دي، یا په هېڅ یو. بیا «بل» کېکاږه.
easy-mood = څنګه احساس کوې؟
easy-words = غواړې نور هم ووایې؟
easy-words-hint = اړینه نه ده. کولی شې انځورونه همداسې ولېږې. یو لوی کس درته لیکلی شي.
easy-words-label = ستا خبرې (اړینه نه ده)
easy-check = ستا پیغام
easy-send = ولېږه
easy-next = بل
easy-back = شاته
easy-change = بدل کړه
easy-nothing = هېڅ نه دی ټاکل شوی

## Themes
theme-where-i-live = چېرته چې اوسېږم
theme-where-i-live-young = زما کور
theme-family-friends = کورنۍ، ملګري او اړیکه ساتل
theme-family-friends-young = کورنۍ او ملګري
theme-my-worker = زما کارکوونکی او دا چې زما خبرو ته غوږ ونیول شي
theme-my-worker-young = زما کارکوونکی
theme-school-work = ښوونځی، کالج او کار
theme-school-work-young = ښوونځی
theme-health-feelings = روغتیا او احساسات
theme-health-feelings-young = روغتیا او احساسات
theme-money = پیسې
theme-money-young = پیسې
theme-leaving-care = لویېدل او له پالنې وتل (کور، خپلواکي)
theme-leaving-care-young = لویېدل
theme-being-safe = خوندي اوسېدل
theme-being-safe-young = د خوندیتوب احساس
theme-fun = ساتېري، شوقونه او فعالیتونه
theme-fun-young = ساتېري او شوقونه
theme-who-i-am = زه څوک یم (هویت، کلتور، دین)
theme-who-i-am-young = زه څوک یم

## Email to a young person
email-reply-subject = { $org } ستا پیغام ته ځواب ورکړی
email-reply-hello = سلام { $name }،
email-reply-intro = { $org } ستا پیغام ته ځواب ورکړی:
email-reply-link = ته کولی شې ځواب د خپل ځواب کوډ سره دلته هم ولولې: { $link }

## Surveys
survey-face-1 = { $band ->
    [early] ډېر خپه
   *[other] ډېر ناخوښ
}
survey-face-2 = { $band ->
    [early] خپه
   *[other] ناخوښ
}
survey-face-3 = { $band ->
    [early] په منځ کې
   *[other] سم
}
survey-face-4 = خوشحاله
survey-face-5 = ډېر خوشحاله
survey-answer-yes = هو
survey-answer-no = نه
survey-answer-not_sure = ډاډه نه یم

## The ready-made well-being survey
wb-title = { $band ->
    [early] څنګه یې؟
    [adult] له پالنې وروسته ستا ژوند
   *[other] ژوند دې څنګه تېرېږي؟
}
wb-intro = { $band ->
    [early] څو لنډې پوښتنې. په یو مخ ټک وکړه. یو لوی کس درسره مرسته کولی شي.
    [middle] ستا او ستا د ژوند په اړه څو پوښتنې. سم یا غلط ځواب نشته، او هره پوښتنه پرېښودلی شې.
    [adult] څو پوښتنې دا چې کارونه دې څنګه روان دي: ستا شاوخوا خلک، ستا کور، پیسې او راتلونکی. خپل نوم نه ورکوې، او هر څه پرېښودلی شې.
   *[other] ستا، ستا د شاوخوا خلکو او د حالاتو په اړه څو پوښتنې. خپل نوم نه ورکوې، او هره پوښتنه پرېښودلی شې.
}
wb-part-relationships = { $band ->
    [early] خلک
   *[other] ستا شاوخوا خلک
}
wb-part-rights = { $band ->
    [early] اورېدل کېدل
   *[other] ستا حقونه او ستا نظر
}
wb-part-resilience = { $band ->
    [early] ښه احساس
   *[other] له سختو ورځو تېرېدل
}
wb-part-recovery = { $band ->
    [early] د خوندیتوب احساس
    [adult] کور، پیسې او راتلونکی
   *[other] د خوندیتوب او ارامۍ احساس
}
wb-people-home = { $band ->
    [early] په کور کې له لویانو سره حال څنګه دی؟
    [adult] د هغو خلکو په اړه څنګه احساس کوې چې اوس ستا ملاتړ کوي؟
   *[other] د هغو خلکو په اړه څنګه احساس کوې چې ورسره اوسېږې؟
}
wb-trusted-adult = { $band ->
    [early] یو لوی کس شته چې خبرې ورته وکړې؟
    [adult] یو څوک شته چې کله کارونه خراب شي، لکه بلونه یا ستا کور، ترې مرسته وغواړې؟
   *[other] یو لوی کس شته چې باور پرې لرې او د هر څه په اړه ورسره خبرې کولی شې؟
}
wb-family-contact = { $band ->
    [early] خپله کورنۍ وینې؟
    [adult] د دې په اړه څنګه احساس کوې چې څو ځله خپله کورنۍ وینې یا ورسره خبرې کوې؟
   *[other] څو ځله هغه کورنۍ وینې یا ورسره خبرې کوې چې ورسره نه اوسېږې؟
}
wb-family-contact-enough = { $band ->
    [early] سمه ده
   *[other] نږدې سمه ده
}
wb-family-contact-more = { $band ->
    [early] نور غواړم
   *[other] زیات مې خوښ دي
}
wb-family-contact-less = { $band ->
    [early] کم غواړم
   *[other] لږ مې خوښ دي
}
wb-family-contact-not-wanted = { $band ->
    [early] نه غواړم
   *[other] غوره ده چې ویې نه وینم
}
wb-listened-to = { $band ->
    [early] لوی کسان ستا خبرو ته غوږ نیسي؟
    [adult] کله چې ستا د ژوند په اړه پلانونه جوړېږي، احساس کوې چې ستا خبرو ته غوږ نیول کېږي؟
   *[other] کله چې ستا په اړه پرېکړې کېږي، احساس کوې چې ستا خبرو ته غوږ نیول کېږي؟
}
wb-know-rights = { $band ->
    [early] پوهېږې چې که خپه وې چا ته ووایې؟
    [adult] پوهېږې چې له پالنې وروسته کومه مرسته ترلاسه کولی شې، لکه پیسې، کور او شخصي سلاکار؟
   *[other] پوهېږې چې که له خپلې پالنې خوښ نه وې څه وکړې، او څوک درسره مرسته کولی شي؟
}
wb-feel-good = { $band ->
    [early] څه شی دې خوشحالوي؟
   *[other] څه شی درسره مرسته کوي چې ښه احساس وکړې؟ هر څو چې غواړې وټاکه.
}
wb-feel-good-friends = ملګري
wb-feel-good-sport = { $band ->
    [early] لوبې
   *[other] سپورت یا لوبې
}
wb-feel-good-creative = { $band ->
    [early] انځور ایستل یا موسیقي
   *[other] موسیقي، هنر یا د شیانو جوړول
}
wb-feel-good-learning = { $band ->
    [early] ښوونځی
    [adult] کالج، روزنه یا کار
   *[other] ښوونځی یا زده کړه
}
wb-feel-good-animals = { $band ->
    [early] کورني ژوي
   *[other] کورني ژوي یا حیوانات
}
wb-feel-good-outdoors = { $band ->
    [early] بهر تلل
   *[other] په آزاده هوا کې اوسېدل
}
wb-feel-good-faith = زما دین، کلتور یا ټولنه
wb-hard-times = { $band ->
    [early] کله چې یو شی سخت وي، له لږ وخت وروسته ښه کېږې؟
    [adult] کله چې یو څه خراب شي، لکه پیسې یا ستا کور، څومره ښه بیا په خپلو پښو درېږې؟
   *[other] کله چې کارونه خراب شي، څومره ښه ترې تېرېږې؟
}
wb-feel-safe = { $band ->
    [early] په کور کې د خوندیتوب احساس کوې؟
    [adult] په خپل کور کې څومره د ارامۍ او خوندیتوب احساس کوې؟
   *[other] هلته چې اوسېږې څومره د خوندیتوب احساس کوې؟
}
wb-future = { $band ->
    [early] ډېری ورځې خوشحاله یې؟
    [adult] د خپلو پیسو او راتلونکي په اړه څنګه احساس کوې؟
   *[other] د خپل راتلونکي په اړه څنګه احساس کوې؟
}
wb-anything-else = { $band ->
    [early] بل څه؟ یو لوی کس یې درته لیکلی شي.
   *[other] بل څه شته چې غواړې موږ ته یې ووایې؟ اړینه نه ده.
}

## Answering a survey
surveys-title = { $band ->
    [early] ستا لپاره پوښتنې
   *[other] سروې ګانې
}
surveys-none = اوس هېڅ سروې خلاصه نه ده.
surveys-closes = تر { $date } پورې خلاصه ده
survey-start = پیل
survey-who-title = { $band ->
    [early] ته څو کلن یې؟
   *[other] لومړی، ستا په اړه
}
survey-who-intro = دا موږ سره مرسته کوي چې ووینو حالات د بېلابېلو عمرونو لپاره څنګه دي. ستا نوم نه پوښتو.
survey-age-legend = ته څو کلن یې؟
survey-care-legend = ته
survey-care-in_care = اوس د پالنې لاندې یې
survey-care-leaver = له پالنې وتلی یې
survey-care-skip = غوره ده چې ونه وایم
survey-progress = پوښتنه { $n } له { $total }
survey-next = بل
survey-back = شاته
survey-skip = دا پوښتنه پرېږده
survey-finish = پای
survey-saved = هر ځواب همغه شېبه خوندي کېږي چې «بل» کېکاږې، نو که اړیکه پرې شي له همدې ځایه دوام ورکولی شې.
survey-text-label = ستا خبرې
survey-choose-any = هر څو چې غواړې وټاکه
survey-done-title = { $band ->
    [early] مننه!
   *[other] د ځوابونو مننه
}
survey-done-body = ستا ځوابونه خوندي شول. ستا نوم پرې نشته. ټیم د ټولو ځوابونه یوځای ګوري ترڅو ووینې چې څه باید بدل شي.
survey-done-urgent = ځینې هغه څه چې تا لیکلي موږ ستا په اړه اندېښمن کړي یو. د ساتنې ټیم ته خبر ورکړل شو. که همدا اوس په خطر کې یې، مرسته ترلاسه کړه:
survey-closed = دا سروې اوس خلاصه نه ده.
survey-error-answer = مهرباني وکړه یو ځواب وټاکه، یا «دا پوښتنه پرېږده» کېکاږه.
survey-error-who = مهرباني وکړه خپل عمر وټاکه.
survey-qr-title = د پوستر کوډ
survey-home-link = { $band ->
    [early] ستا لپاره پوښتنې
   *[other] یوې سروې ته ځواب ورکړه
}
survey-home-hint = څو پوښتنې، هر ځل یوه. نوم ته اړتیا نشته.
