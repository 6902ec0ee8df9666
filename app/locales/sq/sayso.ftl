# Sayso — Shqip (Albanian): the words of the young people's pages, the
# well-being survey and the email a young person gets.
# Written by: the Sayso team, in plain, warm Albanian for children, from the
#   English in app/locales/en/. Talks to the child as "ti" (informal).
# review: draft — not yet checked by a fluent speaker. Please ask an Albanian
#   speaker who works with children to read it, then write their name here
#   as "# review: checked by NAME, ROLE, DATE".
# $band is one of: early (4-7), middle (8-11), teen (12-17), adult (16-25).

site-name = Sayso
skip-to-content = Kalo te përmbajtja kryesore

## Every young person's page
unsafe-button = Nuk ndihem i sigurt
footer-advocacy-title = Do dikë në anën tënde?
footer-advocacy = Një avokat (advocate) mund të të ndihmojë të thuash atë që do, dhe të sigurohet që të dëgjojnë. { $contact }
footer-complaints-title = Nuk je i kënaqur me mënyrën si të trajtuan?
footer-complaints = Ke të drejtë të ankohesh. { $contact }
footer-private = Nuk të kërkojmë kurrë të hapësh llogari. Mesazhet pa emër nuk kanë emrin tënd dhe asnjë të dhënë për telefonin tënd.
read-aloud = Lexo me zë
read-aloud-stop = Ndalo leximin

## Home
home-title = Thuaj mendimin tënd
home-intro = Tregoji { $org } çfarë është mirë, çfarë nuk shkon dhe çfarë do. Nuk të duhet llogari, dhe mund të mbetesh pa emër.
home-for = Për { $term } dhe të rinjtë që kanë dalë nga kujdesi.
home-say = Thuaj diçka
home-say-hint = Lajm i mirë, një shqetësim, një ide ose si ndihesh
home-reply = A ka përgjigje?
home-reply-hint = Përdor kodin e përgjigjes që të dhamë
home-help-hint = Merr ndihmë tani

## Say it: who are you
age-title = Së pari, sa vjeç je?
age-intro = Që të përdorim fjalët e duhura për ty.
age-early = 4 deri 7
age-middle = 8 deri 11
age-teen = 12 deri 17
age-adult = 16 deri 25
age-adult-hint = Kanë dalë nga kujdesi
helper-link = Jam i rritur dhe po ndihmoj një fëmijë ose të ri
helper-note = Po ndihmon një fëmijë ose të ri. Të lutem shkruaj fjalët e tij, jo tuajat.

## Say it: the form
say-title = { $band ->
    [early] Na trego!
    [middle] Na thuaj çfarë mendon
    [teen] Thuaj mendimin tënd
   *[adult] Thuaj mendimin tënd
}
say-intro = { $band ->
    [early] Zgjidh figurat. Një i rritur mund të të ndihmojë.
    [middle] Këtë e lexon vetëm ekipi i pjesëmarrjes në { $org }. Pyetjet me yll (*) duan përgjigje.
    [teen] Këtë e lexon vetëm ekipi i pjesëmarrjes në { $org }. Pyetjet me yll (*) duan përgjigje.
   *[adult] Këtë e lexon vetëm ekipi i pjesëmarrjes në { $org }. Pyetjet me yll (*) duan përgjigje.
}
change-age = Ndrysho moshën
care-legend = { $band ->
    [early] Ku jeton?
   *[other] Cila të përshtatet më shumë?
}
care-in_care = { $band ->
    [early] Me kujdestarë ose në një shtëpi kujdesi
   *[other] Jam në kujdes
}
care-care_leaver = Kam dalë nga kujdesi
kind-legend = { $band ->
    [early] Çfarë do të na tregosh? *
   *[other] Çfarë lloj gjëje është? *
}
kind-good_news = { $band ->
    [early] Diçka e mirë
   *[other] Lajm i mirë
}
kind-worry = { $band ->
    [early] Diçka nuk shkon
   *[other] Një shqetësim ose problem
}
kind-idea = { $band ->
    [early] Një ide
   *[other] Një ide ose diçka që dua
}
kind-meeting = { $band ->
    [early] Takimi im
   *[other] Takimi ose plani im
}
kind-feeling = Si ndihem
themes-legend = { $band ->
    [early] Për çfarë bëhet fjalë?
   *[other] Për çfarë bëhet fjalë? (zgjidh sa të duash, ose asnjë)
}
mood-legend = { $band ->
    [early] Si ndihesh?
   *[other] Si ndihesh për këtë?
}
mood-1 = Shumë i trishtuar
mood-2 = I trishtuar
mood-3 = Në rregull
mood-4 = I lumtur
mood-5 = Shumë i lumtur
text-label = { $band ->
    [early] Na trego më shumë nëse do. Një i rritur mund ta shkruajë për ty.
    [middle] Na e thuaj me fjalët e tua *
    [teen] Na e thuaj me fjalët e tua *
   *[adult] Çfarë do të na thuash? *
}
text-hint = Deri në { $max } shkronja. Të lutem mos shkruaj emrat e njerëzve të tjerë.
who-legend = { $band ->
    [early] Do të na thuash emrin tënd?
   *[other] Pa emër, apo me emrin tënd?
}
who-explain = Mesazhi yt shkon te ekipi i pjesëmarrjes në { $org }. Ata lexojnë çdo mesazh. Nëse dikush mund të jetë në rrezik, duhet ta tregojnë te ekipi i mbrojtjes, edhe nëse ti mbetesh pa emër.
who-anonymous = { $band ->
    [early] Jo, le të mbetet sekret
   *[other] Pa emër. Askush nuk do ta dijë që isha unë
}
who-anonymous-hint = Nuk e mbajmë emrin tënd as asgjë për telefonin tënd. Kodi i përgjigjes është e vetmja mënyrë për të parë përgjigjen tonë.
who-named = { $band ->
    [early] Po, thoni emrin tim
   *[other] Me emrin tim
}
who-named-hint = Ekipi do ta shohë emrin tënd. Mund të të përgjigjen me email nëse do.
name-label = Emri yt
email-label = Email-i yt (nëse do përgjigje me email)
email-consent = Po, më dërgoni email kur ekipi të përgjigjet
send = Dërgo
send-hint = Mesazhi yt ruhet sapo shtyp Dërgo.

## Problems with what was typed (the form keeps everything)
error-summary = Të lutem kontrollo { $count ->
    [one] një gjë
   *[other] { $count } gjëra
} dhe shtyp përsëri Dërgo. E kemi ruajtur atë që shkrove.
error-kind = Të lutem zgjidh për çfarë bëhet fjalë.
error-text = Të lutem shkruaj mesazhin tënd.
error-text-long = Mesazhi yt është shumë i gjatë për ne. Të lutem shkurtoje (më së shumti { $max } shkronja).
error-name = Të lutem na thuaj emrin tënd, ose zgjidh pa emër.
error-name-long = Emri yt është shumë i gjatë për ne.
error-email = Ky email nuk duket i saktë. Kontrolloje, ose lëre bosh.
error-mood = Të lutem zgjidh një nga fytyrat.
error-theme = Të lutem zgjidh nga temat në faqe.
error-age = Të lutem zgjidh përsëri moshën tënde.
error-care = Të lutem zgjidh një nga përgjigjet.
error-language = Nuk e njohim atë gjuhë. Të lutem zgjidh një nga lista e gjuhëve.
error-generic = Diçka shkoi keq nga ana jonë. Fjalët e tua janë ende këtu. Të lutem provo përsëri.
error-not-sent-yet = Ende pa u dërguar: nuk mundëm ta ruajmë mesazhin tënd tani. Fjalët e tua janë ende këtu. Të lutem provo përsëri pas një minute.

## Thank you
thanks-title = { $band ->
    [early] Faleminderit!
   *[other] Faleminderit, e morëm
}
thanks-saved = Mesazhi yt është ruajtur në mënyrë të sigurt.
thanks-code-label = Kodi yt i përgjigjes
thanks-code-keep = { $band ->
    [early] Kërkoji një të rrituri t'i shkruajë këto tre fjalë.
   *[other] Shkruaji këto tre fjalë ose bëji foto. Të duhen për të parë përgjigjen tonë.
}
thanks-next-title = Çfarë ndodh më pas
thanks-next = Ekipi i pjesëmarrjes lexon çdo mesazh dhe përpiqet të përgjigjet brenda { $days } ditëve pune. Kthehu dhe përdor kodin tënd për të parë përgjigjen.
thanks-next-email = Do të të dërgojmë edhe email kur të ketë përgjigje.
thanks-again = Thuaj diçka tjetër
thanks-check = A ka përgjigje?

## Help (I don't feel safe)
help-title = Ndihma është këtu
help-now = Nëse je në rrezik tani, telefono 999.
help-999 = Telefono 999
help-childline = Childline (linja e ndihmës për fëmijët), falas, në çdo kohë: { $phone }
help-childline-call = Telefono Childline { $phone }
help-ooh = { $org } jashtë orarit të punës: { $phone }
help-ooh-call = Telefono { $phone }
help-urgent = Ajo që shkrove na shqetëson për ty. Mesazhi yt ka shkuar së pari te ekipi i mbrojtjes.
help-send-title = Dërgo një mesazh te ekipi i mbrojtjes
help-send-intro = Do ta lexojnë sa më shpejt që munden. Ky nuk është shërbim urgjence: nëse të duhet ndihmë tani, telefono 999 ose Childline.
help-text-label = Çfarë po ndodh? *
help-contact-label = Si mund të të kontaktojmë në mënyrë të sigurt? (nuk është e detyrueshme)
help-contact-hint = Emri yt, dhe një numër telefoni ose email që është i sigurt për t'u përdorur. Lëre bosh për të mbetur pa emër.
help-send = Dërgo te ekipi i mbrojtjes
help-sent = Mesazhi yt shkoi te ekipi i mbrojtjes.

## Check my reply
reply-title = A ka përgjigje?
reply-intro = Shkruaj tre fjalët e kodit tënd të përgjigjes.
reply-code-label = Kodi i përgjigjes
reply-code-hint = Si kështu: apple-river-tiger
reply-check = Kontrollo
reply-not-found = Nuk e gjetëm atë kod. Kontrollo drejtshkrimin. Janë tre fjalë, si apple-river-tiger.
reply-limited = Shumë përpjekje. Të lutem prit një minutë dhe provo përsëri.
reply-status-title = Mesazhi yt
status-sent = { $band ->
    [early] E morëm mesazhin tënd. Do ta lexojmë së shpejti.
   *[other] U dërgua. Ekipi do ta lexojë së shpejti.
}
status-read = { $band ->
    [early] Ekipi e ka lexuar mesazhin tënd.
   *[other] E lexoi ekipi.
}
status-replied = Ekipi është përgjigjur.
replies-none = Ende nuk ka përgjigje. Të lutem kontrollo përsëri pas disa ditësh.
replies-title = Përgjigjet nga ekipi

## Errors
not-found-title = Nuk e gjejmë atë faqe
not-found-body = Kontrollo adresën, ose kthehu në fillim.
back-home = Kthehu në fillim

## You said, we did
you-said-we-did-title = Ju thatë, ne bëmë
you-said-we-did-intro = { $band ->
    [early] Na the disa gjëra. Ja çfarë bëmë.
   *[other] Çfarë i thanë të rinjtë { $org }, dhe çfarë ndodhi për shkak të kësaj. Kur përgjigja është jo, themi pse.
}
you-said-we-did-none = Ende asgjë këtu. Mesazhet e tua ndihmojnë të vendoset çfarë vjen këtu.
you-said-we-did-filter = Shfaq një temë
you-said-we-did-all = Të gjitha temat
you-said-we-did-show = Shfaq
you-said-we-did-you-said = Ju thatë
you-said-we-did-we-did = Ne bëmë / do të bëjmë
you-said-we-did-why-not = Pse jo
you-said-we-did-due = Deri më { $date }
home-you-said-we-did = Ju thatë, ne bëmë
home-you-said-we-did-hint = Çfarë ndryshoi sepse të rinjtë folën
action-status-heard = { $band ->
    [early] Të dëgjuam
   *[other] U dëgjua
}
action-status-planned = { $band ->
    [early] Kemi një plan
   *[other] I planifikuar
}
action-status-in_progress = { $band ->
    [early] Po e bëjmë
   *[other] Në punë
}
action-status-done = { $band ->
    [early] U bë!
   *[other] U bë
}
action-status-not_doing = { $band ->
    [early] Nuk mund ta bëjmë këtë
   *[other] Nuk do të bëhet
}
status-action = { $band ->
    [early] Mesazhi yt ndihmoi të ndryshojë diçka!
   *[other] Mesazhi yt tani është pjesë e "Ju thatë, ne bëmë".
}
status-action-link = Shiko çfarë u bë
status-you_said_we_did = { $band ->
    [early] Mesazhi yt ndihmoi të ndryshojë diçka!
   *[other] Pjesë e "Ju thatë, ne bëmë".
}

## The language picker
lang-picker = Gjuha
lang-picker-choose = Zgjidh gjuhën tënde

## Quick exit
exit-page = Dil nga kjo faqe
exit-page-keys = ose shtyp tastin Shift 3 herë
exit-page-leaving = Po dalim nga faqja

## Read aloud
read-aloud-no-voice = Na vjen keq, ky telefon nuk ka zë për ta lexuar këtë gjuhë me zë. Ndoshta një i rritur mund ta lexojë për ty.

## No signal
offline-saved-page = Tani nuk ka sinjal. Kjo faqe u ruajt në telefonin tënd herën e fundit që erdhe.
offline-kept-title = Ende pa u dërguar
offline-kept = Tani nuk ka sinjal. Mesazhi yt ruhet në këtë telefon dhe do të dërgohet vetë kur të kthehet sinjali. Pastaj fshihet nga telefoni.
offline-kept-shared = Nëse edhe të tjerë e përdorin këtë telefon, mund ta shohin derisa të dërgohet. Mund ta fshish tani.
offline-kept-danger = Nëse je në rrezik tani, telefono 999. Mund të telefonosh 999 edhe pa kredit.
offline-delete = Fshi mesazhin tim që pret
offline-deleted = U fshi. Asgjë nuk pret në këtë telefon.
offline-waiting = Një mesazh po pret në këtë telefon. Do të dërgohet vetë kur të ketë sinjal.
offline-sent-title = Mesazhi yt u dërgua
offline-sent = Mesazhi që priste në këtë telefon tani u dërgua, dhe u fshi nga telefoni. Kodi yt i përgjigjes është:
offline-sent-done = E kam shkruar
offline-check = Një mesazh i ruajtur në këtë telefon nuk mund të dërgohej ashtu si ishte. Është përsëri në formularin më poshtë: të lutem kontrolloje dhe shtyp Dërgo.

## Easy read
easy-link = E lehtë për t'u lexuar: figura, një pyetje çdo herë
easy-link-hint = Asgjë për të lexuar apo shkruar nëse nuk do
easy-title = Na trego me figura
easy-step = Hapi { $n } nga { $total }
easy-who = Kush është me ty?
easy-who-me = Vetëm unë
easy-who-helper = Një i rritur po më ndihmon
easy-age = Sa vjeç je?
easy-kind = Çfarë do të na tregosh?
easy-themes = Për çfarë bëhet fjalë?
easy-themes-hint = Prek të gjitha figurat që përshtaten, ose asnjë. Pastaj prek Tjetra.
easy-mood = Si ndihesh?
easy-words = Do të thuash më shumë?
easy-words-hint = Nuk është e detyrueshme. Mund t'i dërgosh figurat siç janë. Një i rritur mund të shkruajë për ty.
easy-words-label = Fjalët e tua (nuk është e detyrueshme)
easy-check = Mesazhi yt
easy-send = Dërgo
easy-next = Tjetra
easy-back = Prapa
easy-change = Ndrysho
easy-nothing = Asgjë e zgjedhur

## Themes
theme-where-i-live = Ku jetoj
theme-where-i-live-young = Shtëpia ime
theme-family-friends = Familja, shokët dhe të mbajturit e kontaktit
theme-family-friends-young = Familja dhe shokët
theme-my-worker = Punonjësi im dhe të qenit i dëgjuar
theme-my-worker-young = Punonjësi im
theme-school-work = Shkolla, kolegji dhe puna
theme-school-work-young = Shkolla
theme-health-feelings = Shëndeti dhe ndjenjat
theme-health-feelings-young = Shëndeti dhe ndjenjat
theme-money = Paratë
theme-money-young = Paratë
theme-leaving-care = Rritja dhe dalja nga kujdesi (strehimi, pavarësia)
theme-leaving-care-young = Rritja
theme-being-safe = Të qenit i sigurt
theme-being-safe-young = Të ndihesh i sigurt
theme-fun = Argëtimi, hobet dhe aktivitetet
theme-fun-young = Argëtimi dhe hobet
theme-who-i-am = Kush jam (identiteti, kultura, besimi)
theme-who-i-am-young = Kush jam

## Email to a young person
email-reply-subject = { $org } iu përgjigj mesazhit tënd
email-reply-hello = Përshëndetje { $name },
email-reply-intro = { $org } iu përgjigj mesazhit tënd:
email-reply-link = Mund ta lexosh përgjigjen edhe me kodin tënd të përgjigjes te { $link }

## Surveys
survey-face-1 = { $band ->
    [early] Shumë i trishtuar
   *[other] Shumë i pakënaqur
}
survey-face-2 = { $band ->
    [early] I trishtuar
   *[other] I pakënaqur
}
survey-face-3 = { $band ->
    [early] Në mes
   *[other] Në rregull
}
survey-face-4 = I lumtur
survey-face-5 = Shumë i lumtur
survey-answer-yes = Po
survey-answer-no = Jo
survey-answer-not_sure = Nuk jam i sigurt

## The ready-made well-being survey
wb-title = { $band ->
    [early] Si je?
    [adult] Jeta jote pas kujdesit
   *[other] Si po të shkon jeta?
}
wb-intro = { $band ->
    [early] Disa pyetje të shpejta. Prek një fytyrë. Një i rritur mund të të ndihmojë.
    [middle] Disa pyetje për ty dhe jetën tënde. Nuk ka përgjigje të sakta apo të gabuara, dhe mund ta kalosh çdo pyetje.
    [adult] Disa pyetje se si po të shkojnë gjërat: njerëzit rreth teje, shtëpia, paratë dhe çfarë vjen më pas. Nuk jep emrin tënd, dhe mund ta kalosh çdo gjë.
   *[other] Disa pyetje për ty, njerëzit rreth teje dhe si po shkojnë gjërat. Nuk jep emrin tënd, dhe mund ta kalosh çdo pyetje.
}
wb-part-relationships = { $band ->
    [early] Njerëzit
   *[other] Njerëzit rreth teje
}
wb-part-rights = { $band ->
    [early] Të të dëgjojnë
   *[other] Të drejtat e tua dhe zëri yt
}
wb-part-resilience = { $band ->
    [early] Të ndihesh mirë
   *[other] Të kalosh kohët e vështira
}
wb-part-recovery = { $band ->
    [early] Të ndihesh i sigurt
    [adult] Shtëpia, paratë dhe e ardhmja
   *[other] Të ndihesh i sigurt dhe i qetë
}
wb-people-home = { $band ->
    [early] Si shkon me të rriturit në shtëpi?
    [adult] Si ndihesh për njerëzit që të mbështesin tani?
   *[other] Si ndihesh për njerëzit me të cilët jeton?
}
wb-trusted-adult = { $band ->
    [early] A ka një të rritur të cilit mund t'i tregosh gjërat?
    [adult] A ka dikë të cilit mund t'i kërkosh ndihmë kur gjërat shkojnë keq, si me faturat ose shtëpinë?
   *[other] A ka një të rritur që i beson dhe me të cilin mund të flasësh për çdo gjë?
}
wb-family-contact = { $band ->
    [early] A e sheh familjen tënde?
    [adult] Si ndihesh për sa shpesh e sheh ose flet me familjen tënde?
   *[other] Sa shpesh e sheh ose flet me familjen me të cilën nuk jeton?
}
wb-family-contact-enough = { $band ->
    [early] Është mirë
   *[other] Pak a shumë mirë
}
wb-family-contact-more = { $band ->
    [early] Dua më shumë
   *[other] Do të doja më shumë
}
wb-family-contact-less = { $band ->
    [early] Dua më pak
   *[other] Do të doja më pak
}
wb-family-contact-not-wanted = { $band ->
    [early] Nuk dua
   *[other] Më mirë të mos i shoh
}
wb-listened-to = { $band ->
    [early] A të dëgjojnë të rriturit?
    [adult] A ndihesh i dëgjuar kur bëhen plane për jetën tënde?
   *[other] A ndihesh i dëgjuar kur merren vendime për ty?
}
wb-know-rights = { $band ->
    [early] A e di kujt t'i tregosh nëse je i mërzitur?
    [adult] A e di çfarë ndihme mund të marrësh si dikush që ka dalë nga kujdesi, si para, strehim dhe një këshilltar personal?
   *[other] A e di çfarë të bësh nëse nuk je i kënaqur me kujdesin, dhe kush mund të të ndihmojë?
}
wb-feel-good = { $band ->
    [early] Çfarë të bën të lumtur?
   *[other] Çfarë të ndihmon të ndihesh mirë? Zgjidh sa të duash.
}
wb-feel-good-friends = Shokët
wb-feel-good-sport = { $band ->
    [early] Të luash
   *[other] Sporti ose lojërat
}
wb-feel-good-creative = { $band ->
    [early] Vizatimi ose muzika
   *[other] Muzika, arti ose të bësh gjëra
}
wb-feel-good-learning = { $band ->
    [early] Shkolla
    [adult] Kolegji, trajnimi ose puna
   *[other] Shkolla ose të mësuarit
}
wb-feel-good-animals = { $band ->
    [early] Kafshët shtëpiake
   *[other] Kafshët shtëpiake ose kafshët
}
wb-feel-good-outdoors = { $band ->
    [early] Të dalësh jashtë
   *[other] Të jesh jashtë në natyrë
}
wb-feel-good-faith = Besimi, kultura ose komuniteti im
wb-hard-times = { $band ->
    [early] Kur diçka është e vështirë, a ndihesh mirë pas pak?
    [adult] Kur diçka shkon keq, si me paratë ose shtëpinë, sa mirë ngrihesh përsëri në këmbë?
   *[other] Kur gjërat shkojnë keq, sa mirë ia del?
}
wb-feel-safe = { $band ->
    [early] A ndihesh i sigurt në shtëpi?
    [adult] Sa i qetë dhe i sigurt ndihesh në shtëpinë tënde?
   *[other] Sa i sigurt ndihesh atje ku jeton?
}
wb-future = { $band ->
    [early] A je i lumtur shumicën e ditëve?
    [adult] Si ndihesh për paratë dhe të ardhmen tënde?
   *[other] Si ndihesh për të ardhmen tënde?
}
wb-anything-else = { $band ->
    [early] Diçka tjetër? Një i rritur mund ta shkruajë për ty.
   *[other] A ka diçka tjetër që do të na thuash? Nuk është e detyrueshme.
}

## Answering a survey
surveys-title = { $band ->
    [early] Pyetje për ty
   *[other] Anketat
}
surveys-none = Tani nuk ka anketa të hapura.
surveys-closes = E hapur deri më { $date }
survey-start = Fillo
survey-who-title = { $band ->
    [early] Sa vjeç je?
   *[other] Së pari, për ty
}
survey-who-intro = Kjo na ndihmon të shohim si janë gjërat për mosha të ndryshme. Nuk të pyesim për emrin.
survey-age-legend = Sa vjeç je?
survey-care-legend = A je
survey-care-in_care = Në kujdes tani
survey-care-leaver = Ke dalë nga kujdesi
survey-care-skip = Më mirë të mos e them
survey-progress = Pyetja { $n } nga { $total }
survey-next = Tjetra
survey-back = Prapa
survey-skip = Kalo këtë pyetje
survey-finish = Mbaro
survey-saved = Çdo përgjigje ruhet sapo prek Tjetra, kështu që nëse ndërpritet lidhja mund të vazhdosh nga këtu.
survey-text-label = Fjalët e tua
survey-choose-any = Zgjidh sa të duash
survey-done-title = { $band ->
    [early] Faleminderit!
   *[other] Faleminderit për përgjigjet
}
survey-done-body = Përgjigjet e tua u ruajtën. Nuk kanë emrin tënd. Ekipi i shikon përgjigjet e të gjithëve bashkë për të parë çfarë duhet ndryshuar.
survey-done-urgent = Disa nga ato që shkrove na shqetësojnë për ty. Ekipi i mbrojtjes është njoftuar. Nëse je në rrezik tani, kërko ndihmë:
survey-closed = Kjo anketë nuk është e hapur tani.
survey-error-answer = Të lutem zgjidh një përgjigje, ose prek "Kalo këtë pyetje".
survey-error-who = Të lutem zgjidh moshën tënde.
survey-qr-title = Kodi i posterit
survey-home-link = { $band ->
    [early] Pyetje për ty
   *[other] Përgjigju një ankete
}
survey-home-hint = Disa pyetje, një nga një. Nuk të duhet emri.
