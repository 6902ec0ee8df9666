# Sayso — Cymraeg (Welsh): the words of the young people's pages, the
# well-being survey and the email a young person gets.
# Written by: the Sayso team, in plain, warm words for children (we speak
#   to children as "ti"), from the English in app/locales/en/.
# review: draft — not yet checked by a fluent speaker. Please ask a Welsh
#   speaker who works with children to read it, then write their name here
#   as "# review: checked by NAME, ROLE, DATE".
# $band is one of: early (4-7), middle (8-11), teen (12-17), adult (16-25).

site-name = Sayso
skip-to-content = Neidio i'r prif gynnwys

## Every young person's page
unsafe-button = Dw i ddim yn teimlo'n saff
footer-advocacy-title = Eisiau rhywun ar dy ochr di?
footer-advocacy = Gall eiriolwr dy helpu i ddweud beth rwyt ti eisiau, a gwneud yn siŵr bod pobl yn gwrando. { $contact }
footer-complaints-title = Ddim yn hapus gyda sut cest ti dy drin?
footer-complaints = Mae gen ti hawl i gwyno. { $contact }
footer-private = Dydyn ni byth yn gofyn i ti greu cyfrif. Does dim enw na manylion dy ffôn ar negeseuon dienw.
read-aloud = Darllen yn uchel
read-aloud-stop = Stopio darllen

## Home
home-title = Dweud dy ddweud
home-intro = Dweda wrth { $org } beth sy'n dda, beth sydd o'i le a beth rwyt ti eisiau. Does dim angen cyfrif, a does dim rhaid i ti roi dy enw.
home-for = I { $term } a phobl ifanc sy'n gadael gofal.
home-say = Dweud rhywbeth
home-say-hint = Newyddion da, poeni am rywbeth, syniad, neu sut rwyt ti'n teimlo
home-reply = Oes ateb i fi?
home-reply-hint = Defnyddia'r cod ateb gest ti gennym ni
home-help-hint = Cael help nawr

## Say it: who are you
age-title = Yn gyntaf, faint yw dy oed di?
age-intro = Er mwyn i ni ddefnyddio'r geiriau iawn i ti.
age-early = 4 i 7
age-middle = 8 i 11
age-teen = 12 i 17
age-adult = 16 i 25
age-adult-hint = Wedi gadael gofal
helper-link = Oedolyn ydw i, yn helpu person ifanc
helper-note = Rwyt ti'n helpu person ifanc. Ysgrifenna eu geiriau nhw, nid dy eiriau di.

## Say it: the form
say-title = { $band ->
    [early] Dweda wrthon ni!
    [middle] Dweda beth rwyt ti'n feddwl
    [teen] Dweud dy ddweud
   *[adult] Dweud dy ddweud
}
say-intro = { $band ->
    [early] Dewisa'r lluniau. Gall oedolyn dy helpu.
    [middle] Dim ond y tîm cyfranogi yn { $org } sy'n darllen hwn. Mae angen ateb i gwestiynau gyda seren (*).
    [teen] Dim ond y tîm cyfranogi yn { $org } sy'n darllen hwn. Mae angen ateb i gwestiynau gyda seren (*).
   *[adult] Dim ond y tîm cyfranogi yn { $org } sy'n darllen hwn. Mae angen ateb i gwestiynau gyda seren (*).
}
change-age = Newid oed
care-legend = { $band ->
    [early] Ble rwyt ti'n byw?
   *[other] Pa un sy'n dy ddisgrifio di orau?
}
care-in_care = { $band ->
    [early] Gyda gofalwyr neu mewn cartref
   *[other] Dw i mewn gofal
}
care-care_leaver = Dw i wedi gadael gofal
kind-legend = { $band ->
    [early] Beth rwyt ti eisiau ei ddweud? *
   *[other] Pa fath o beth yw e? *
}
kind-good_news = { $band ->
    [early] Rhywbeth da
   *[other] Newyddion da
}
kind-worry = { $band ->
    [early] Mae rhywbeth o'i le
   *[other] Poeni neu broblem
}
kind-idea = { $band ->
    [early] Syniad
   *[other] Syniad, neu rywbeth dw i eisiau
}
kind-meeting = { $band ->
    [early] Fy nghyfarfod
   *[other] Fy nghyfarfod neu fy nghynllun
}
kind-feeling = Sut dw i'n teimlo
themes-legend = { $band ->
    [early] Am beth mae e?
   *[other] Am beth mae e? (dewisa unrhyw rai, neu ddim un)
}
mood-legend = { $band ->
    [early] Sut rwyt ti'n teimlo?
   *[other] Sut rwyt ti'n teimlo am hyn?
}
mood-1 = Trist iawn
mood-2 = Trist
mood-3 = Iawn
mood-4 = Hapus
mood-5 = Hapus iawn
text-label = { $band ->
    [early] Dweda fwy os wyt ti eisiau. Gall oedolyn ei ysgrifennu i ti.
    [middle] Dweda yn dy eiriau dy hun *
    [teen] Dweda yn dy eiriau dy hun *
   *[adult] Beth hoffet ti ei ddweud wrthon ni? *
}
text-hint = Hyd at { $max } o lythrennau. Paid ag ysgrifennu enwau pobl eraill, plîs.
who-legend = { $band ->
    [early] Wyt ti eisiau dweud dy enw?
   *[other] Dienw, neu gyda dy enw?
}
who-explain = Mae dy neges yn mynd i'r tîm cyfranogi yn { $org }. Maen nhw'n darllen pob neges. Os gallai rhywun fod mewn perygl, rhaid iddyn nhw ddweud wrth y tîm diogelu, hyd yn oed os wyt ti'n ddienw.
who-anonymous = { $band ->
    [early] Na, cadw fe'n gyfrinach
   *[other] Dienw. Fydd neb yn gwybod mai fi oedd e
}
who-anonymous-hint = Dydyn ni ddim yn cadw dy enw na dim am dy ffôn. Dy god ateb yw'r unig ffordd o weld ein hateb.
who-named = { $band ->
    [early] Ie, dweda fy enw
   *[other] Gyda fy enw
}
who-named-hint = Bydd y tîm yn gweld dy enw. Gallan nhw dy ateb di ar e-bost os wyt ti eisiau.
name-label = Dy enw
email-label = Dy e-bost (os wyt ti eisiau ateb ar e-bost)
email-consent = Ie, anfonwch e-bost ata i pan fydd y tîm yn ateb
send = Anfon
send-hint = Mae dy neges yn cael ei chadw cyn gynted ag rwyt ti'n pwyso Anfon.

## Problems with what was typed (the form keeps everything)
error-summary = Edrycha eto ar { $count ->
    [one] un peth
   *[other] { $count } peth
} a phwysa Anfon eto. Rydyn ni wedi cadw beth ysgrifennaist ti.
error-kind = Dewisa am beth mae e, plîs.
error-text = Ysgrifenna dy neges, plîs.
error-text-long = Mae dy neges yn rhy hir i ni. Gwna hi'n fyrrach (dim mwy na { $max } o lythrennau).
error-name = Dweda dy enw, neu dewisa dienw.
error-name-long = Mae dy enw yn rhy hir i ni.
error-email = Dydy'r cyfeiriad e-bost ddim yn edrych yn iawn. Edrycha arno eto, neu gad e'n wag.
error-mood = Dewisa un o'r wynebau, plîs.
error-theme = Dewisa o'r pynciau ar y dudalen, plîs.
error-age = Dewisa dy oed eto, plîs.
error-care = Dewisa un o'r atebion, plîs.
error-language = Dydyn ni ddim yn adnabod yr iaith honno. Dewisa un o'r rhestr ieithoedd, plîs.
error-generic = Aeth rhywbeth o'i le ar ein hochr ni. Mae dy eiriau yma o hyd. Rho gynnig arall arni.
error-not-sent-yet = Heb ei anfon eto: doedden ni ddim yn gallu cadw dy neges nawr. Mae dy eiriau yma o hyd. Rho gynnig arall arni mewn munud.

## Thank you
thanks-title = { $band ->
    [early] Diolch!
   *[other] Diolch, mae e gennym ni
}
thanks-saved = Mae dy neges wedi'i chadw'n saff.
thanks-code-label = Dy god ateb
thanks-code-keep = { $band ->
    [early] Gofynna i oedolyn ysgrifennu'r tri gair yma.
   *[other] Ysgrifenna'r tri gair yma neu tynna lun. Bydd eu hangen i weld ein hateb.
}
thanks-next-title = Beth sy'n digwydd nesaf
thanks-next = Mae'r tîm cyfranogi yn darllen pob neges ac yn ceisio ateb o fewn { $days } diwrnod gwaith. Tyrd yn ôl a defnyddia dy god i weld yr ateb.
thanks-next-email = Byddwn ni hefyd yn anfon e-bost atat ti pan fydd ateb.
thanks-again = Dweud rhywbeth arall
thanks-check = Oes ateb i fi?

## Help (I don't feel safe)
help-title = Mae help yma
help-now = Os wyt ti mewn perygl nawr, ffonia 999.
help-999 = Ffonio 999
help-childline = Childline, am ddim, unrhyw bryd: { $phone }
help-childline-call = Ffonio Childline { $phone }
help-ooh = { $org } y tu allan i oriau gwaith: { $phone }
help-ooh-call = Ffonio { $phone }
help-urgent = Mae beth ysgrifennaist ti yn gwneud i ni boeni amdanat ti. Mae dy neges wedi mynd i'r tîm diogelu yn gyntaf.
help-send-title = Anfon neges at y tîm diogelu
help-send-intro = Byddan nhw'n ei darllen cyn gynted ag y gallan nhw. Nid gwasanaeth brys yw hwn: os wyt ti angen help nawr, ffonia 999 neu Childline.
help-text-label = Beth sy'n digwydd? *
help-contact-label = Sut gallwn ni gysylltu â ti'n saff? (dewisol)
help-contact-hint = Dy enw, a rhif ffôn neu e-bost sy'n saff i'w ddefnyddio. Gad e'n wag i aros yn ddienw.
help-send = Anfon at y tîm diogelu
help-sent = Mae dy neges wedi mynd i'r tîm diogelu.

## Check my reply
reply-title = Oes ateb i fi?
reply-intro = Teipia'r tri gair o dy god ateb.
reply-code-label = Cod ateb
reply-code-hint = Fel hyn: apple-river-tiger
reply-check = Edrych
reply-not-found = Doedden ni ddim yn gallu dod o hyd i'r cod yna. Edrycha ar y sillafu. Tri gair yw e, fel apple-river-tiger.
reply-limited = Gormod o gynigion. Aros funud a rho gynnig arall arni.
reply-status-title = Dy neges
status-sent = { $band ->
    [early] Mae dy neges gennym ni. Byddwn ni'n ei darllen yn fuan.
   *[other] Wedi'i hanfon. Bydd y tîm yn ei darllen yn fuan.
}
status-read = { $band ->
    [early] Mae'r tîm wedi darllen dy neges.
   *[other] Mae'r tîm wedi'i darllen.
}
status-replied = Mae'r tîm wedi ateb.
replies-none = Dim ateb eto. Edrycha eto mewn ychydig ddyddiau.
replies-title = Atebion gan y tîm

## Errors
not-found-title = Dydyn ni ddim yn gallu dod o hyd i'r dudalen yna
not-found-body = Edrycha ar y cyfeiriad, neu dos yn ôl i'r dechrau.
back-home = Yn ôl i'r dechrau

## You said, we did
you-said-we-did-title = Dywedaist ti, gwnaethon ni
you-said-we-did-intro = { $band ->
    [early] Dywedaist ti bethau wrthon ni. Dyma beth wnaethon ni.
   *[other] Beth ddywedodd pobl ifanc wrth { $org }, a beth ddigwyddodd wedyn. Pan mai "na" yw'r ateb, rydyn ni'n dweud pam.
}
you-said-we-did-none = Dim byd yma eto. Mae dy negeseuon di yn helpu i benderfynu beth sy'n dod yma.
you-said-we-did-filter = Dangos pwnc
you-said-we-did-all = Pob pwnc
you-said-we-did-show = Dangos
you-said-we-did-you-said = Dywedaist ti
you-said-we-did-we-did = Gwnaethon ni / byddwn ni'n gwneud
you-said-we-did-why-not = Pam ddim
you-said-we-did-due = Erbyn { $date }
home-you-said-we-did = Dywedaist ti, gwnaethon ni
home-you-said-we-did-hint = Beth newidiodd achos i bobl ifanc siarad
action-status-heard = { $band ->
    [early] Rydyn ni wedi dy glywed
   *[other] Wedi clywed
}
action-status-planned = { $band ->
    [early] Mae gennym ni gynllun
   *[other] Wedi cynllunio
}
action-status-in_progress = { $band ->
    [early] Rydyn ni wrthi
   *[other] Ar y gweill
}
action-status-done = { $band ->
    [early] Wedi'i wneud!
   *[other] Wedi'i wneud
}
action-status-not_doing = { $band ->
    [early] Dydyn ni ddim yn gallu gwneud hyn
   *[other] Ddim yn ei wneud
}
status-action = { $band ->
    [early] Helpodd dy neges di i newid rhywbeth!
   *[other] Mae dy neges nawr yn rhan o "Dywedaist ti, gwnaethon ni".
}
status-action-link = Gweld beth gafodd ei wneud
status-you_said_we_did = { $band ->
    [early] Helpodd dy neges di i newid rhywbeth!
   *[other] Rhan o "Dywedaist ti, gwnaethon ni".
}

## The language picker
lang-picker = Iaith
lang-picker-choose = Dewisa dy iaith

## Quick exit
exit-page = Gadael y dudalen
exit-page-keys = neu pwysa'r fysell Shift 3 gwaith
exit-page-leaving = Yn gadael y dudalen

## Read aloud
read-aloud-no-voice = Sori, does dim llais ar y ffôn yma i ddarllen yr iaith hon yn uchel. Efallai y gall oedolyn ei darllen i ti.

## No signal
offline-saved-page = Dim signal ar hyn o bryd. Cafodd y dudalen hon ei chadw ar dy ffôn y tro diwethaf.
offline-kept-title = Heb ei anfon eto
offline-kept = Does dim signal ar hyn o bryd. Mae dy neges wedi'i chadw ar y ffôn yma a bydd yn mynd ohoni ei hun pan ddaw'r signal yn ôl. Wedyn bydd yn cael ei dileu o'r ffôn.
offline-kept-shared = Os oes pobl eraill yn defnyddio'r ffôn yma, efallai y gallan nhw ei gweld tan iddi fynd. Gallet ti ei dileu nawr.
offline-kept-danger = Os wyt ti mewn perygl nawr, ffonia 999. Gallet ti ffonio 999 hyd yn oed heb gredyd.
offline-delete = Dileu fy neges sy'n aros
offline-deleted = Wedi'i dileu. Does dim byd yn aros ar y ffôn yma.
offline-waiting = Mae neges yn aros ar y ffôn yma. Bydd yn mynd ohoni ei hun pan fydd signal.
offline-sent-title = Mae dy neges wedi mynd
offline-sent = Mae'r neges oedd yn aros ar y ffôn yma wedi mynd nawr, ac wedi'i dileu o'r ffôn. Dy god ateb yw:
offline-sent-done = Dw i wedi ei ysgrifennu
offline-check = Doedd dim modd anfon neges oedd wedi'i chadw ar y ffôn yma fel yr oedd hi. Mae hi yn ôl yn y ffurflen isod: edrycha arni a phwysa Anfon.

## Easy read
easy-link = Hawdd ei ddarllen: lluniau, un cwestiwn ar y tro
easy-link-hint = Dim byd i'w ddarllen na'i deipio os nad wyt ti eisiau
easy-title = Dweda wrthon ni gyda lluniau
easy-step = Cam { $n } o { $total }
easy-who = Pwy sydd gyda ti?
easy-who-me = Dim ond fi
easy-who-helper = Mae oedolyn yn fy helpu
easy-age = Faint yw dy oed di?
easy-kind = Beth rwyt ti eisiau ei ddweud?
easy-themes = Am beth mae e?
easy-themes-hint = Tapia'r holl luniau sy'n ffitio, neu ddim un. Wedyn tapia Nesaf.
easy-mood = Sut rwyt ti'n teimlo?
easy-words = Wyt ti eisiau dweud mwy?
easy-words-hint = Does dim rhaid i ti. Gallet ti anfon y lluniau fel maen nhw. Gall oedolyn ysgrifennu i ti.
easy-words-label = Dy eiriau (does dim rhaid)
easy-check = Dy neges
easy-send = Anfon
easy-next = Nesaf
easy-back = Yn ôl
easy-change = Newid
easy-nothing = Dim wedi'i ddewis

## Themes
theme-where-i-live = Ble dw i'n byw
theme-where-i-live-young = Fy nghartref
theme-family-friends = Teulu, ffrindiau a chadw mewn cysylltiad
theme-family-friends-young = Teulu a ffrindiau
theme-my-worker = Fy ngweithiwr a chael fy nghlywed
theme-my-worker-young = Fy ngweithiwr
theme-school-work = Ysgol, coleg a gwaith
theme-school-work-young = Ysgol
theme-health-feelings = Iechyd a theimladau
theme-health-feelings-young = Iechyd a theimladau
theme-money = Arian
theme-money-young = Arian
theme-leaving-care = Tyfu i fyny a gadael gofal (tai, byw'n annibynnol)
theme-leaving-care-young = Tyfu i fyny
theme-being-safe = Bod yn saff
theme-being-safe-young = Teimlo'n saff
theme-fun = Hwyl, hobïau a gweithgareddau
theme-fun-young = Hwyl a hobïau
theme-who-i-am = Pwy ydw i (hunaniaeth, diwylliant, ffydd)
theme-who-i-am-young = Pwy ydw i

## Email to a young person
email-reply-subject = Mae { $org } wedi ateb dy neges
email-reply-hello = Helo { $name },
email-reply-intro = Mae { $org } wedi ateb dy neges:
email-reply-link = Gallet ti hefyd ei darllen gyda dy god ateb yn { $link }

## Surveys
survey-face-1 = { $band ->
    [early] Trist iawn
   *[other] Anhapus iawn
}
survey-face-2 = { $band ->
    [early] Trist
   *[other] Anhapus
}
survey-face-3 = { $band ->
    [early] Yn y canol
   *[other] Iawn
}
survey-face-4 = Hapus
survey-face-5 = Hapus iawn
survey-answer-yes = Ydw / Oes
survey-answer-no = Nac ydw / Nac oes
survey-answer-not_sure = Ddim yn siŵr

## The ready-made well-being survey
wb-title = { $band ->
    [early] Sut wyt ti?
    [adult] Dy fywyd ar ôl gofal
   *[other] Sut mae bywyd i ti?
}
wb-intro = { $band ->
    [early] Cwestiynau bach cyflym. Tapia wyneb. Gall oedolyn dy helpu.
    [middle] Ychydig o gwestiynau amdanat ti a dy fywyd. Does dim ateb cywir nac anghywir, a gallet ti hepgor unrhyw gwestiwn.
    [adult] Ychydig o gwestiynau am sut mae pethau'n mynd i ti: y bobl o dy gwmpas, dy gartref, arian a beth sy'n dod nesaf. Dwyt ti ddim yn rhoi dy enw, a gallet ti hepgor unrhyw beth.
   *[other] Ychydig o gwestiynau amdanat ti, y bobl o dy gwmpas a sut mae pethau'n mynd. Dwyt ti ddim yn rhoi dy enw, a gallet ti hepgor unrhyw gwestiwn.
}
wb-part-relationships = { $band ->
    [early] Pobl
   *[other] Y bobl o dy gwmpas
}
wb-part-rights = { $band ->
    [early] Cael dy glywed
   *[other] Dy hawliau a dy lais
}
wb-part-resilience = { $band ->
    [early] Teimlo'n dda
   *[other] Dod drwy amseroedd anodd
}
wb-part-recovery = { $band ->
    [early] Teimlo'n saff
    [adult] Cartref, arian a'r dyfodol
   *[other] Teimlo'n saff ac yn setlo
}
wb-people-home = { $band ->
    [early] Sut mae pethau gyda'r oedolion gartref?
    [adult] Sut rwyt ti'n teimlo am y bobl sy'n dy gefnogi di nawr?
   *[other] Sut rwyt ti'n teimlo am y bobl rwyt ti'n byw gyda nhw?
}
wb-trusted-adult = { $band ->
    [early] Oes oedolyn y gallet ti ddweud pethau wrtho?
    [adult] Oes rhywun y gallet ti ofyn iddo am help pan fydd pethau'n mynd o chwith, fel biliau neu dy gartref?
   *[other] Oes oedolyn rwyt ti'n ei drystio ac y gallet ti siarad ag e am unrhyw beth?
}
wb-family-contact = { $band ->
    [early] Wyt ti'n gweld dy deulu?
    [adult] Sut rwyt ti'n teimlo am ba mor aml rwyt ti'n gweld neu'n siarad â dy deulu?
   *[other] Pa mor aml rwyt ti'n gweld neu'n siarad â theulu dwyt ti ddim yn byw gyda nhw?
}
wb-family-contact-enough = { $band ->
    [early] Mae'n iawn
   *[other] Tua'n iawn
}
wb-family-contact-more = { $band ->
    [early] Dw i eisiau mwy
   *[other] Hoffwn i fwy
}
wb-family-contact-less = { $band ->
    [early] Dw i eisiau llai
   *[other] Hoffwn i lai
}
wb-family-contact-not-wanted = { $band ->
    [early] Dw i ddim eisiau
   *[other] Byddai'n well gen i beidio eu gweld
}
wb-listened-to = { $band ->
    [early] Ydy oedolion yn gwrando arnat ti?
    [adult] Wyt ti'n teimlo bod pobl yn gwrando pan fydd cynlluniau'n cael eu gwneud am dy fywyd?
   *[other] Wyt ti'n teimlo bod pobl yn gwrando pan fydd penderfyniadau'n cael eu gwneud amdanat ti?
}
wb-know-rights = { $band ->
    [early] Wyt ti'n gwybod pwy i ddweud wrtho os wyt ti'n anhapus?
    [adult] Wyt ti'n gwybod pa help gallet ti ei gael fel rhywun sydd wedi gadael gofal, fel arian, tai a chynghorydd personol?
   *[other] Wyt ti'n gwybod beth i'w wneud os wyt ti'n anhapus gyda dy ofal, a phwy all dy helpu?
}
wb-feel-good = { $band ->
    [early] Beth sy'n dy wneud di'n hapus?
   *[other] Beth sy'n dy helpu i deimlo'n dda? Dewisa gymaint ag rwyt ti eisiau.
}
wb-feel-good-friends = Ffrindiau
wb-feel-good-sport = { $band ->
    [early] Chwarae
   *[other] Chwaraeon neu gemau
}
wb-feel-good-creative = { $band ->
    [early] Tynnu lluniau neu gerddoriaeth
   *[other] Cerddoriaeth, celf neu wneud pethau
}
wb-feel-good-learning = { $band ->
    [early] Ysgol
    [adult] Coleg, hyfforddiant neu waith
   *[other] Ysgol neu ddysgu
}
wb-feel-good-animals = { $band ->
    [early] Anifeiliaid anwes
   *[other] Anifeiliaid anwes neu anifeiliaid eraill
}
wb-feel-good-outdoors = { $band ->
    [early] Mynd allan
   *[other] Bod yn yr awyr agored
}
wb-feel-good-faith = Fy ffydd, fy niwylliant neu fy nghymuned
wb-hard-times = { $band ->
    [early] Pan fydd rhywbeth yn anodd, wyt ti'n teimlo'n iawn ar ôl ychydig?
    [adult] Pan fydd rhywbeth yn mynd o chwith, fel arian neu dy gartref, pa mor dda rwyt ti'n dod yn ôl ar dy draed?
   *[other] Pan fydd pethau'n mynd o chwith, pa mor dda rwyt ti'n dod drwyddi?
}
wb-feel-safe = { $band ->
    [early] Wyt ti'n teimlo'n saff gartref?
    [adult] Pa mor setlo a saff rwyt ti'n teimlo yn dy gartref?
   *[other] Pa mor saff rwyt ti'n teimlo lle rwyt ti'n byw?
}
wb-future = { $band ->
    [early] Wyt ti'n hapus y rhan fwyaf o ddyddiau?
    [adult] Sut rwyt ti'n teimlo am dy arian a dy ddyfodol?
   *[other] Sut rwyt ti'n teimlo am dy ddyfodol?
}
wb-anything-else = { $band ->
    [early] Unrhyw beth arall? Gall oedolyn ei ysgrifennu i ti.
   *[other] Oes unrhyw beth arall rwyt ti eisiau ei ddweud? Does dim rhaid i ti.
}

## Answering a survey
surveys-title = { $band ->
    [early] Cwestiynau i ti
   *[other] Holiaduron
}
surveys-none = Does dim holiaduron ar agor ar hyn o bryd.
surveys-closes = Ar agor tan { $date }
survey-start = Dechrau
survey-who-title = { $band ->
    [early] Faint yw dy oed di?
   *[other] Yn gyntaf, amdanat ti
}
survey-who-intro = Mae hyn yn ein helpu i weld sut mae pethau i bobl o oedrannau gwahanol. Dydyn ni ddim yn gofyn dy enw.
survey-age-legend = Faint yw dy oed di?
survey-care-legend = Wyt ti
survey-care-in_care = Mewn gofal nawr
survey-care-leaver = Wedi gadael gofal
survey-care-skip = Byddai'n well gen i beidio dweud
survey-progress = Cwestiwn { $n } o { $total }
survey-next = Nesaf
survey-back = Yn ôl
survey-skip = Hepgor y cwestiwn hwn
survey-finish = Gorffen
survey-saved = Mae pob ateb yn cael ei gadw cyn gynted ag rwyt ti'n tapio Nesaf, felly os bydd y cysylltiad yn torri gallet ti gario ymlaen o fan hyn.
survey-text-label = Dy eiriau
survey-choose-any = Dewisa gymaint ag rwyt ti eisiau
survey-done-title = { $band ->
    [early] Diolch!
   *[other] Diolch am dy atebion
}
survey-done-body = Mae dy atebion wedi'u cadw. Does dim enw arnyn nhw. Mae'r tîm yn edrych ar atebion pawb gyda'i gilydd i weld beth sydd angen newid.
survey-done-urgent = Mae rhywfaint o beth ysgrifennaist ti yn gwneud i ni boeni amdanat ti. Mae'r tîm diogelu wedi cael gwybod. Os wyt ti mewn perygl nawr, cer i gael help:
survey-closed = Dydy'r holiadur hwn ddim ar agor ar hyn o bryd.
survey-error-answer = Dewisa ateb, neu tapia "Hepgor y cwestiwn hwn".
survey-error-who = Dewisa dy oed, plîs.
survey-qr-title = Cod poster
survey-home-link = { $band ->
    [early] Cwestiynau i ti
   *[other] Ateb holiadur
}
survey-home-hint = Ychydig o gwestiynau, un ar y tro. Dim angen enw.
