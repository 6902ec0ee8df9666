# Sayso — ትግርኛ (Tigrinya): the words of the young people's pages, the
# well-being survey and the email a young person gets.
# Written by: the Sayso team, in short, plain Tigrinya for children, from the
#   English in app/locales/en/. Talks to the child as "ንስኻ" (masculine
#   singular, where Tigrinya needs a gender).
# review: draft — not yet checked by a fluent speaker. Tigrinya is one of the
#   languages we are least sure of: please ask a Tigrinya speaker (Eritrean
#   and Ethiopian usage differ a little) who works with children to read it
#   before the language is shown, then write their name here as
#   "# review: checked by NAME, ROLE, DATE".
# $band is one of: early (4-7), middle (8-11), teen (12-17), adult (16-25).

site-name = Sayso
skip-to-content = ናብ ቀንዲ ትሕዝቶ ኪድ

## Every young person's page
unsafe-button = ውሑስ ኮይነ ኣይስምዓንን
footer-advocacy-title = ኣብ ጎንኻ ዝኸውን ሰብ ትደሊ ዶ?
footer-advocacy = ጠበቓ (advocate) ዝደለኻዮ ክትብል ክሕግዘካን ሰባት ከም ዝሰምዑኻ ከረጋግጽን ይኽእል። { $contact }
footer-complaints-title = ብኸመይ ከም ዝተተሓዝካ ኣይተሓጎስካን ዶ?
footer-complaints = ክትከስስ መሰል ኣሎካ። { $contact }
footer-private = ሕሳብ ክትከፍት ፈጺምና ኣይንሓተካን። ብዘይ ስም ዝለኣኽ መልእኽቲ ስምካን ናይ ሞባይልካ ሓበሬታን ኣይሕዝን።
read-aloud = ብዓውታ ኣንብብ
read-aloud-stop = ምንባብ ኣቋርጽ

## Home
home-title = ርእይቶኻ ሃብ
home-intro = ን{ $org } እንታይ ጽቡቕ ከም ዘሎ፡ እንታይ ከም ዝተጋገየን እንታይ ከም እትደልን ንገሮም። ሕሳብ ኣየድልየካን፡ ስምካ ከይሃብካ ድማ ክትጸንሕ ትኽእል።
home-for = ንዝኾኑ { $term } ከምኡ'ውን ካብ ክንክን ንዝወጹ መንእሰያት።
home-say = ገለ ንገረና
home-say-hint = ጽቡቕ ዜና፡ ጭንቀት፡ ሓሳብ፡ ወይ ከመይ ከም ዝስምዓካ
home-reply = መልሲ መጺኡ ዶ?
home-reply-hint = እቲ ዝሃብናካ ናይ መልሲ ኮድ ተጠቐም
home-help-hint = ሕጂ ሓገዝ ርኸብ

## Say it: who are you
age-title = መጀመርታ፡ ዕድሜኻ ክንደይ እዩ?
age-intro = ንዓኻ ዝሰማማዕ ቃላት ክንጥቀም።
age-early = 4 ክሳብ 7
age-middle = 8 ክሳብ 11
age-teen = 12 ክሳብ 17
age-adult = 16 ክሳብ 25
age-adult-hint = ካብ ክንክን ዝወጹ
helper-link = ንሓደ ቆልዓ ወይ መንእሰይ ዝሕግዝ ዓቢ ሰብ እየ
helper-note = ንሓደ ቆልዓ ወይ መንእሰይ ትሕግዝ ኣለኻ። በጃኻ ናቱ ቃላት ጽሓፍ፡ ናትካ ኣይኹን።

## Say it: the form
say-title = { $band ->
    [early] ንገረና!
    [middle] እንታይ ከም ትሓስብ ንገረና
    [teen] ርእይቶኻ ሃብ
   *[adult] ርእይቶኻ ሃብ
}
say-intro = { $band ->
    [early] ስእልታት ምረጽ። ዓቢ ሰብ ክሕግዘካ ይኽእል።
    [middle] እዚ ኣብ { $org } ዘሎ ጉጅለ ተሳትፎ ጥራይ እዩ ዘንብቦ። ኮኾብ (*) ዘለዎም ሕቶታት መልሲ የድልዮም።
    [teen] እዚ ኣብ { $org } ዘሎ ጉጅለ ተሳትፎ ጥራይ እዩ ዘንብቦ። ኮኾብ (*) ዘለዎም ሕቶታት መልሲ የድልዮም።
   *[adult] እዚ ኣብ { $org } ዘሎ ጉጅለ ተሳትፎ ጥራይ እዩ ዘንብቦ። ኮኾብ (*) ዘለዎም ሕቶታት መልሲ የድልዮም።
}
change-age = ዕድሜ ቀይር
care-legend = { $band ->
    [early] ኣበይ ትነብር?
   *[other] ኣየናይ ይገልጸካ?
}
care-in_care = { $band ->
    [early] ምስ ተኣለይቲ ወይ ኣብ ገዛ ክንክን
   *[other] ኣብ ክንክን እየ ዘለኹ
}
care-care_leaver = ካብ ክንክን ወጺአ እየ
kind-legend = { $band ->
    [early] እንታይ ክትነግረና ትደሊ? *
   *[other] እንታይ ዓይነት ነገር እዩ? *
}
kind-good_news = { $band ->
    [early] ጽቡቕ ነገር
   *[other] ጽቡቕ ዜና
}
kind-worry = { $band ->
    [early] ሓደ ነገር ጌጋ እዩ
   *[other] ጭንቀት ወይ ጸገም
}
kind-idea = { $band ->
    [early] ሓሳብ
   *[other] ሓሳብ ወይ ዝደልዮ ነገር
}
kind-meeting = { $band ->
    [early] ኣኼባይ
   *[other] ኣኼባይ ወይ መደበይ
}
kind-feeling = ከመይ ከም ዝስምዓኒ
themes-legend = { $band ->
    [early] ብዛዕባ እንታይ እዩ?
   *[other] ብዛዕባ እንታይ እዩ? (ዝደለኻዮ ምረጽ፡ ወይ ዋላ ሓደ)
}
mood-legend = { $band ->
    [early] ከመይ ይስምዓካ?
   *[other] ብዛዕባዚ ከመይ ይስምዓካ?
}
mood-1 = ኣዝየ ሓዚነ
mood-2 = ሓዚነ
mood-3 = ደሓን
mood-4 = ሕጉስ
mood-5 = ኣዝየ ሕጉስ
text-label = { $band ->
    [early] እንተደሊኻ ተወሳኺ ንገረና። ዓቢ ሰብ ክጽሕፈልካ ይኽእል።
    [middle] ብናትካ ቃላት ንገረና *
    [teen] ብናትካ ቃላት ንገረና *
   *[adult] እንታይ ክትነግረና ትደሊ? *
}
text-hint = ክሳብ { $max } ፊደላት። በጃኻ ኣስማት ካልኦት ሰባት ኣይትጽሓፍ።
who-legend = { $band ->
    [early] ስምካ ክትነግረና ትደሊ ዶ?
   *[other] ብዘይ ስም፡ ወይስ ምስ ስምካ?
}
who-explain = መልእኽትኻ ናብ ኣብ { $org } ዘሎ ጉጅለ ተሳትፎ ይኸይድ። ንኹሉ መልእኽቲ የንብቡ። ሓደ ሰብ ኣብ ሓደጋ እንተሎ፡ ስምካ እንተዘይሃብካ'ውን ንጉጅለ ሓለዋ ክነግሩ ኣለዎም።
who-anonymous = { $band ->
    [early] ኣይፋል፡ ምስጢር ይኹን
   *[other] ብዘይ ስም። ሓደ'ኳ ኣነ ምዃነይ ኣይፈልጥን
}
who-anonymous-hint = ስምካ ወይ ብዛዕባ ሞባይልካ ዝኾነ ነገር ኣይንሕዝን። ናይ መልሲ ኮድ ጥራይ እዩ መልስና ንምርኣይ መንገዲ።
who-named = { $band ->
    [early] እወ፡ ስመይ ኣልዕሉ
   *[other] ምስ ስመይ
}
who-named-hint = እቲ ጉጅለ ስምካ ክርኢ እዩ። እንተደሊኻ ብኢመይል መልሲ ክህቡኻ ይኽእሉ።
name-label = ስምካ
email-label = ኢመይልካ (መልሲ ብኢመይል እንተደሊኻ)
email-consent = እወ፡ እቲ ጉጅለ ምስ መለሰ ኢመይል ስደዱለይ
send = ስደድ
send-hint = «ስደድ» ምስ ጠወቕካ መልእኽትኻ ብኡንብኡ ይዕቀብ።

## Problems with what was typed (the form keeps everything)
error-summary = በጃኻ { $count ->
    [one] ሓደ ነገር
   *[other] { $count } ነገራት
} ደጊምካ ርአ እሞ «ስደድ» ደጊምካ ጠውቕ። ዝጸሓፍካዮ ዓቂብናዮ ኣለና።
error-kind = በጃኻ ብዛዕባ እንታይ ምዃኑ ምረጽ።
error-text = በጃኻ መልእኽትኻ ጽሓፍ።
error-text-long = መልእኽትኻ ኣዝዩ ነዊሕ እዩ። በጃኻ ኣሕጽሮ (እንተበዝሐ { $max } ፊደላት)።
error-name = በጃኻ ስምካ ንገረና፡ ወይ «ብዘይ ስም» ምረጽ።
error-name-long = ስምካ ኣዝዩ ነዊሕ እዩ።
error-email = እዚ ኢመይል ቅኑዕ ኣይመስልን። ደጊምካ ርአዮ፡ ወይ ባዶ ግደፎ።
error-mood = በጃኻ ሓደ ካብቶም ገጻት ምረጽ።
error-theme = በጃኻ ካብቶም ኣብዚ ገጽ ዘለዉ ኣርእስታት ምረጽ።
error-age = በጃኻ ዕድሜኻ ደጊምካ ምረጽ።
error-care = በጃኻ ሓደ ካብቶም ምርጫታት ምረጽ።
error-language = ነዚ ቋንቋ ኣይንፈልጦን። በጃኻ ካብቲ ዝርዝር ቋንቋ ምረጽ።
error-generic = ካብ ወገንና ጸገም ኣጋጢሙ። ቃላትካ ሕጂ'ውን ኣብዚ ኣለዉ። በጃኻ ደጊምካ ፈትን።
error-not-sent-yet = ገና ኣይተላእከን፡ ሕጂ መልእኽትኻ ክንዕቅቦ ኣይከኣልናን። ቃላትካ ሕጂ'ውን ኣብዚ ኣለዉ። በጃኻ ድሕሪ ሓንቲ ደቒቕ ደጊምካ ፈትን።

## Thank you
thanks-title = { $band ->
    [early] የቐንየለይ!
   *[other] የቐንየለይ፡ በጺሑና ኣሎ
}
thanks-saved = መልእኽትኻ ብድሕንነት ተዓቂቡ ኣሎ።
thanks-code-label = ናይ መልሲ ኮድካ
thanks-code-keep = { $band ->
    [early] ንሓደ ዓቢ ሰብ እዞም ሰለስተ ቃላት ክጽሕፈልካ ሕተቶ።
   *[other] እዞም ሰለስተ ቃላት ጽሓፎም ወይ ስእሊ ኣልዕሎም። መልስና ንምርኣይ ክተድልዮም ኢኻ።
}
thanks-next-title = ቀጺሉ እንታይ ይኸውን
thanks-next = ጉጅለ ተሳትፎ ንኹሉ መልእኽቲ የንብብ፡ ኣብ ውሽጢ { $days } መዓልታት ስራሕ ክምልስ ድማ ይጽዕር። ተመሊስካ ብኮድካ ነቲ መልሲ ርአ።
thanks-next-email = መልሲ ምስ መጸ ብኢመይል'ውን ክንሕብረካ ኢና።
thanks-again = ካልእ ንገረና
thanks-check = መልሲ መጺኡ ዶ?

## Help (I don't feel safe)
help-title = ሓገዝ ኣብዚ ኣሎ
help-now = ሕጂ ኣብ ሓደጋ እንተሎኻ፡ ናብ 999 ደውል።
help-999 = ናብ 999 ደውል
help-childline = Childline (መስመር ሓገዝ ቆልዑ)፡ ብነጻ፡ ኣብ ዝኾነ ግዜ፡ { $phone }
help-childline-call = ናብ Childline ደውል { $phone }
help-ooh = { $org } ካብ ሰዓታት ስራሕ ወጻኢ፡ { $phone }
help-ooh-call = ደውል { $phone }
help-urgent = ዝጸሓፍካዮ ብዛዕባኻ ኣሻቒሉና ኣሎ። መልእኽትኻ መጀመርታ ናብ ጉጅለ ሓለዋ ኣምሪሑ ኣሎ።
help-send-title = ናብ ጉጅለ ሓለዋ መልእኽቲ ስደድ
help-send-intro = ብዝቐልጠፈ ከንብብዎ እዮም። እዚ ናይ ህጹጽ ግዜ ኣገልግሎት ኣይኮነን፡ ሕጂ ሓገዝ እንተድሊኻ፡ ናብ 999 ወይ Childline ደውል።
help-text-label = እንታይ ይኸውን ኣሎ? *
help-contact-label = ብኸመይ ብድሕንነት ክንረኽበካ ንኽእል? (ኣማራጺ)
help-contact-hint = ስምካ፡ ከምኡ'ውን ንምጥቃም ውሑስ ዝኾነ ቁጽሪ ተሌፎን ወይ ኢመይል። ብዘይ ስም ክትጸንሕ እንተደሊኻ ባዶ ግደፎ።
help-send = ናብ ጉጅለ ሓለዋ ስደድ
help-sent = መልእኽትኻ ናብ ጉጅለ ሓለዋ ከይዱ ኣሎ።

## Check my reply
reply-title = መልሲ መጺኡ ዶ?
reply-intro = ነቶም ሰለስተ ቃላት ናይ መልሲ ኮድካ ጽሓፍ።
reply-code-label = ናይ መልሲ ኮድ
reply-code-hint = ከምዚ፡ apple-river-tiger
reply-check = ርአ
reply-not-found = ነዚ ኮድ ክንረኽቦ ኣይከኣልናን። ኣጸሓሕፋኡ ርአ። ሰለስተ ቃላት እዩ፡ ከም apple-river-tiger።
reply-limited = ብዙሕ ፈተነታት። በጃኻ ሓንቲ ደቒቕ ተጸበ እሞ ደጊምካ ፈትን።
reply-status-title = መልእኽትኻ
status-sent = { $band ->
    [early] መልእኽትኻ በጺሑና። ቀልጢፍና ከነንብቦ ኢና።
   *[other] ተላኢኹ። እቲ ጉጅለ ቀልጢፉ ከንብቦ እዩ።
}
status-read = { $band ->
    [early] እቲ ጉጅለ መልእኽትኻ ኣንቢብዎ።
   *[other] ብጉጅለ ተነቢቡ።
}
status-replied = እቲ ጉጅለ መሊሱ ኣሎ።
replies-none = ገና መልሲ የለን። በጃኻ ድሕሪ ቁሩብ መዓልታት ደጊምካ ርአ።
replies-title = መልስታት ካብ ጉጅለ

## Errors
not-found-title = ነዚ ገጽ ክንረኽቦ ኣይከኣልናን
not-found-body = ነቲ ኣድራሻ ርአዮ፡ ወይ ናብ መጀመርታ ተመለስ።
back-home = ናብ መጀመርታ ተመለስ

## You said, we did
you-said-we-did-title = ንስኻትኩም በልኩም፡ ንሕና ገበርና
you-said-we-did-intro = { $band ->
    [early] ነገራት ነጊርካና። እዚ ዝገበርናዮ እዩ።
   *[other] መንእሰያት ን{ $org } እንታይ ከም ዝበሉ፡ ብሰንኩ ድማ እንታይ ከም ዝተፈጸመ። መልሱ «ኣይፋል» ክኸውን ከሎ፡ ስለምንታይ ንነግር።
}
you-said-we-did-none = ገና ኣብዚ ዝኾነ ነገር የለን። መልእኽትታትካ ኣብዚ እንታይ ከም ዝመጽእ ንምውሳን ይሕግዙ።
you-said-we-did-filter = ሓደ ኣርእስቲ ኣርኢ
you-said-we-did-all = ኩሎም ኣርእስታት
you-said-we-did-show = ኣርኢ
you-said-we-did-you-said = ንስኻትኩም በልኩም
you-said-we-did-we-did = ንሕና ገበርና / ክንገብር ኢና
you-said-we-did-why-not = ስለምንታይ ኣይኮነን
you-said-we-did-due = ክሳብ { $date }
home-you-said-we-did = ንስኻትኩም በልኩም፡ ንሕና ገበርና
home-you-said-we-did-hint = መንእሰያት ስለ ዝተዛረቡ እንታይ ተቐይሩ
action-status-heard = { $band ->
    [early] ሰሚዕናካ
   *[other] ተሰሚዑ
}
action-status-planned = { $band ->
    [early] መደብ ኣሎና
   *[other] ተመዲቡ
}
action-status-in_progress = { $band ->
    [early] ንገብሮ ኣለና
   *[other] ኣብ መስርሕ
}
action-status-done = { $band ->
    [early] ተገይሩ!
   *[other] ተገይሩ
}
action-status-not_doing = { $band ->
    [early] ነዚ ክንገብሮ ኣይንኽእልን
   *[other] ኣይግበርን
}
status-action = { $band ->
    [early] መልእኽትኻ ሓደ ነገር ንምቕያር ሓጊዙ!
   *[other] መልእኽትኻ ሕጂ ክፋል «ንስኻትኩም በልኩም፡ ንሕና ገበርና» እዩ።
}
status-action-link = እንታይ ከም ዝተገብረ ርአ
status-you_said_we_did = { $band ->
    [early] መልእኽትኻ ሓደ ነገር ንምቕያር ሓጊዙ!
   *[other] ክፋል «ንስኻትኩም በልኩም፡ ንሕና ገበርና»።
}

## The language picker
lang-picker = ቋንቋ
lang-picker-choose = ቋንቋኻ ምረጽ

## Quick exit
exit-page = ካብዚ ገጽ ውጻእ
exit-page-keys = ወይ መጠወቒ Shift ሰለስተ ግዜ ጠውቕ
exit-page-leaving = ካብቲ ገጽ ይውጻእ ኣሎ

## Read aloud
read-aloud-no-voice = ይቕሬታ፡ እዚ ሞባይል ነዚ ቋንቋ ዘንብብ ድምጺ የብሉን። ዓቢ ሰብ ከንብበልካ ይኽእል ይኸውን።

## No signal
offline-saved-page = ሕጂ ኔትወርክ የለን። እዚ ገጽ ካብ ዝሓለፈ ምብጻሕካ ኣብ ሞባይልካ ተዓቂቡ ነይሩ።
offline-kept-title = ገና ኣይተላእከን
offline-kept = ሕጂ ኔትወርክ የለን። መልእኽትኻ ኣብዚ ሞባይል ተዓቂቡ ኣሎ፡ ኔትወርክ ምስ ተመልሰ ድማ ባዕሉ ክለኣኽ እዩ። ድሕሪኡ ካብቲ ሞባይል ይድምሰስ።
offline-kept-shared = ካልኦት ሰባት ነዚ ሞባይል እንተተጠቐሙሉ፡ ክሳብ ዝለኣኽ ክርእይዎ ይኽእሉ። ሕጂ ክትድምስሶ ትኽእል ኢኻ።
offline-kept-danger = ሕጂ ኣብ ሓደጋ እንተሎኻ፡ ናብ 999 ደውል። ብዘይ ክረዲት'ውን ናብ 999 ክትድውል ትኽእል።
offline-delete = ዝጽበ ዘሎ መልእኽተይ ደምስስ
offline-deleted = ተደምሲሱ። ኣብዚ ሞባይል ዝጽበ ዘሎ ነገር የለን።
offline-waiting = ሓደ መልእኽቲ ኣብዚ ሞባይል ይጽበ ኣሎ። ኔትወርክ ምስ መጸ ባዕሉ ክለኣኽ እዩ።
offline-sent-title = መልእኽትኻ ተላኢኹ
offline-sent = እቲ ኣብዚ ሞባይል ዝጽበ ዝነበረ መልእኽቲ ሕጂ ተላኢኹ፡ ካብቲ ሞባይል ድማ ተደምሲሱ። ናይ መልሲ ኮድካ እዚ እዩ፡
offline-sent-done = ጽሒፈዮ ኣለኹ
offline-check = ኣብዚ ሞባይል ዝተዓቀበ መልእኽቲ ከም ዘለዎ ክለኣኽ ኣይከኣለን። ናብቲ ኣብ ታሕቲ ዘሎ ፎርም ተመሊሱ ኣሎ፡ በጃኻ ርአዮ እሞ «ስደድ» ጠውቕ።

## Easy read
easy-link = ቀሊል ንባብ፡ ስእልታት፡ ሓደ ሕቶ ኣብ ሓደ ግዜ
easy-link-hint = እንተዘይደሊኻ ዘንበብ ወይ ዝጽሓፍ የለን
easy-title = ብስእልታት ንገረና
easy-step = ስጉምቲ { $n } ካብ { $total }
easy-who = መን ምሳኻ ኣሎ?
easy-who-me = ኣነ ጥራይ
easy-who-helper = ዓቢ ሰብ ይሕግዘኒ ኣሎ
easy-age = ዕድሜኻ ክንደይ እዩ?
easy-kind = እንታይ ክትነግረና ትደሊ?
easy-themes = ብዛዕባ እንታይ እዩ?
easy-themes-hint = ነቶም ዝሰማምዑ ስእልታት ኩሎም ጠውቖም፡ ወይ ዋላ ሓደ። ድሕሪኡ «ቀጽል» ጠውቕ።
easy-mood = ከመይ ይስምዓካ?
easy-words = ተወሳኺ ክትብል ትደሊ ዶ?
easy-words-hint = ግድን ኣይኮነን። ነቶም ስእልታት ከም ዘለዉ ክትሰዶም ትኽእል። ዓቢ ሰብ ክጽሕፈልካ ይኽእል።
easy-words-label = ቃላትካ (ግድን ኣይኮነን)
easy-check = መልእኽትኻ
easy-send = ስደድ
easy-next = ቀጽል
easy-back = ተመለስ
easy-change = ቀይር
easy-nothing = ዝተመርጸ የለን

## Themes
theme-where-i-live = ዝነብረሉ ቦታ
theme-where-i-live-young = ገዛይ
theme-family-friends = ስድራ፡ ኣዕሩኽን ርክብ ምሕላውን
theme-family-friends-young = ስድራን ኣዕሩኽን
theme-my-worker = ሰራሕተኛይን ምስማዕን
theme-my-worker-young = ሰራሕተኛይ
theme-school-work = ቤት ትምህርቲ፡ ኮለጅን ስራሕን
theme-school-work-young = ቤት ትምህርቲ
theme-health-feelings = ጥዕናን ስምዒታትን
theme-health-feelings-young = ጥዕናን ስምዒታትን
theme-money = ገንዘብ
theme-money-young = ገንዘብ
theme-leaving-care = ምዕባይን ካብ ክንክን ምውጻእን (መንበሪ፡ ናጽነት)
theme-leaving-care-young = ምዕባይ
theme-being-safe = ውሑስ ምዃን
theme-being-safe-young = ውሑስ ምዃን ምስማዕ
theme-fun = ምዝንጋዕ፡ ሆቢታትን ንጥፈታትን
theme-fun-young = ጸወታን ሆቢታትን
theme-who-i-am = መን ምዃነይ (መንነት፡ ባህሊ፡ እምነት)
theme-who-i-am-young = መን ምዃነይ

## Email to a young person
email-reply-subject = { $org } ንመልእኽትኻ መሊሱ ኣሎ
email-reply-hello = ሰላም { $name }፡
email-reply-intro = { $org } ንመልእኽትኻ መሊሱ ኣሎ፡
email-reply-link = ነቲ መልሲ ብናይ መልሲ ኮድካ ኣብዚ'ውን ከተንብቦ ትኽእል፡ { $link }

## Surveys
survey-face-1 = { $band ->
    [early] ኣዝየ ሓዚነ
   *[other] ፈጺመ ኣይተሓጎስኩን
}
survey-face-2 = { $band ->
    [early] ሓዚነ
   *[other] ኣይተሓጎስኩን
}
survey-face-3 = { $band ->
    [early] ኣብ ማእከል
   *[other] ደሓን
}
survey-face-4 = ሕጉስ
survey-face-5 = ኣዝየ ሕጉስ
survey-answer-yes = እወ
survey-answer-no = ኣይፋል
survey-answer-not_sure = ርግጸኛ ኣይኮንኩን

## The ready-made well-being survey
wb-title = { $band ->
    [early] ከመይ ኣለኻ?
    [adult] ድሕሪ ክንክን ህይወትካ
   *[other] ህይወትካ ከመይ ኣሎ?
}
wb-intro = { $band ->
    [early] ሒደት ሓጸርቲ ሕቶታት። ሓደ ገጽ ጠውቕ። ዓቢ ሰብ ክሕግዘካ ይኽእል።
    [middle] ብዛዕባኻን ህይወትካን ሒደት ሕቶታት። ቅኑዕ ወይ ጌጋ መልሲ የለን፡ ዝኾነ ሕቶ ድማ ክትሓልፎ ትኽእል።
    [adult] ነገራት ከመይ ይኸዱልካ ከም ዘለዉ ሒደት ሕቶታት፡ ኣብ ከባቢኻ ዘለዉ ሰባት፡ ገዛኻ፡ ገንዘብን መጻኢን። ስምካ ኣይትህብን፡ ዝኾነ ነገር ድማ ክትሓልፎ ትኽእል።
   *[other] ብዛዕባኻ፡ ኣብ ከባቢኻ ዘለዉ ሰባትን ነገራት ከመይ ከም ዘለዉን ሒደት ሕቶታት። ስምካ ኣይትህብን፡ ዝኾነ ሕቶ ድማ ክትሓልፎ ትኽእል።
}
wb-part-relationships = { $band ->
    [early] ሰባት
   *[other] ኣብ ከባቢኻ ዘለዉ ሰባት
}
wb-part-rights = { $band ->
    [early] ምስማዕ
   *[other] መሰላትካን ድምጽኻን
}
wb-part-resilience = { $band ->
    [early] ጽቡቕ ምስማዕ
   *[other] ካብ ከቢድ ግዜ ምሕላፍ
}
wb-part-recovery = { $band ->
    [early] ውሑስ ምዃን ምስማዕ
    [adult] ገዛ፡ ገንዘብን መጻኢን
   *[other] ውሑስን ርጉእን ምዃን ምስማዕ
}
wb-people-home = { $band ->
    [early] ምስቶም ኣብ ገዛ ዘለዉ ዓበይቲ ከመይ ኣለኻ?
    [adult] ብዛዕባ እቶም ሕጂ ዝድግፉኻ ሰባት ከመይ ይስምዓካ?
   *[other] ብዛዕባ እቶም ምሳኻ ዝነብሩ ሰባት ከመይ ይስምዓካ?
}
wb-trusted-adult = { $band ->
    [early] ነገራት ክትነግሮ እትኽእል ዓቢ ሰብ ኣሎ ዶ?
    [adult] ነገራት ክጋገዩ ከለዉ፡ ከም ክፍሊት ወይ ገዛኻ፡ ሓገዝ ክትሓቶ እትኽእል ሰብ ኣሎ ዶ?
   *[other] እትኣምኖን ብዛዕባ ዝኾነ ነገር ምስኡ ክትዛረብ እትኽእልን ዓቢ ሰብ ኣሎ ዶ?
}
wb-family-contact = { $band ->
    [early] ስድራኻ ትርኢ ዶ?
    [adult] ስድራኻ ክንደይ ግዜ ከም እትርእዮም ወይ ከም እትዛረቦም ከመይ ይስምዓካ?
   *[other] ምሳኻ ዘይነብሩ ስድራኻ ክንደይ ግዜ ትርእዮም ወይ ትዛረቦም?
}
wb-family-contact-enough = { $band ->
    [early] ደሓን እዩ
   *[other] ዳርጋ ልክዕ እዩ
}
wb-family-contact-more = { $band ->
    [early] ዝያዳ እደሊ
   *[other] ዝያዳ ምደለኹ
}
wb-family-contact-less = { $band ->
    [early] ውሑድ እደሊ
   *[other] ውሑድ ምደለኹ
}
wb-family-contact-not-wanted = { $band ->
    [early] ኣይደልን
   *[other] ዘይርእዮም ይሓይሸኒ
}
wb-listened-to = { $band ->
    [early] ዓበይቲ ይሰምዑኻ ዶ?
    [adult] ብዛዕባ ህይወትካ መደባት ክሕንጸጹ ከለዉ ከም ዝሰምዑኻ ይስምዓካ ዶ?
   *[other] ብዛዕባኻ ውሳነታት ክውሰኑ ከለዉ ከም ዝሰምዑኻ ይስምዓካ ዶ?
}
wb-know-rights = { $band ->
    [early] እንተዘይተሓጎስካ ንመን ከም እትነግር ትፈልጥ ዶ?
    [adult] ካብ ክንክን ዝወጻእካ ከም ምዃንካ እንታይ ሓገዝ ክትረክብ ከም እትኽእል ትፈልጥ ዶ፡ ከም ገንዘብ፡ መንበሪን ውልቃዊ ኣማኻሪን?
   *[other] ብክንክንካ እንተዘይተሓጎስካ እንታይ ከም እትገብርን መን ክሕግዘካ ከም ዝኽእልን ትፈልጥ ዶ?
}
wb-feel-good = { $band ->
    [early] እንታይ የሐጉሰካ?
   *[other] ጽቡቕ ክስምዓካ እንታይ ይሕግዘካ? ዝደለኻዮ ምረጽ።
}
wb-feel-good-friends = ኣዕሩኽ
wb-feel-good-sport = { $band ->
    [early] ምጽዋት
   *[other] ስፖርት ወይ ጸወታታት
}
wb-feel-good-creative = { $band ->
    [early] ስእሊ ወይ ሙዚቃ
   *[other] ሙዚቃ፡ ስነ-ጥበብ ወይ ነገራት ምስራሕ
}
wb-feel-good-learning = { $band ->
    [early] ቤት ትምህርቲ
    [adult] ኮለጅ፡ ስልጠና ወይ ስራሕ
   *[other] ቤት ትምህርቲ ወይ ምምሃር
}
wb-feel-good-animals = { $band ->
    [early] ናይ ገዛ እንስሳ
   *[other] ናይ ገዛ እንስሳ ወይ እንስሳታት
}
wb-feel-good-outdoors = { $band ->
    [early] ናብ ደገ ምውጻእ
   *[other] ኣብ ደገ ምዃን
}
wb-feel-good-faith = እምነተይ፡ ባህለይ ወይ ሕብረተሰበይ
wb-hard-times = { $band ->
    [early] ሓደ ነገር ከቢድ ክኸውን ከሎ፡ ድሕሪ ቁሩብ ደሓን ይስምዓካ ዶ?
    [adult] ሓደ ነገር ክጋገ ከሎ፡ ከም ገንዘብ ወይ ገዛኻ፡ ክሳብ ክንደይ ተመሊስካ ኣብ እግርኻ ትድርብ?
   *[other] ነገራት ክጋገዩ ከለዉ፡ ክሳብ ክንደይ ትሓልፎም?
}
wb-feel-safe = { $band ->
    [early] ኣብ ገዛ ውሑስ ኮይኑ ይስምዓካ ዶ?
    [adult] ኣብ ገዛኻ ክሳብ ክንደይ ርጉእን ውሑስን ኮይኑ ይስምዓካ?
   *[other] ኣብቲ እትነብረሉ ቦታ ክሳብ ክንደይ ውሑስ ኮይኑ ይስምዓካ?
}
wb-future = { $band ->
    [early] መብዛሕትኡ መዓልቲ ሕጉስ ዲኻ?
    [adult] ብዛዕባ ገንዘብካን መጻኢኻን ከመይ ይስምዓካ?
   *[other] ብዛዕባ መጻኢኻ ከመይ ይስምዓካ?
}
wb-anything-else = { $band ->
    [early] ካልእ ነገር ኣሎ ዶ? ዓቢ ሰብ ክጽሕፈልካ ይኽእል።
   *[other] ክትነግረና እትደሊ ካልእ ነገር ኣሎ ዶ? ግድን ኣይኮነን።
}

## Answering a survey
surveys-title = { $band ->
    [early] ሕቶታት ንዓኻ
   *[other] መጽናዕትታት
}
surveys-none = ሕጂ ክፉት መጽናዕቲ የለን።
surveys-closes = ክሳብ { $date } ክፉት
survey-start = ጀምር
survey-who-title = { $band ->
    [early] ዕድሜኻ ክንደይ እዩ?
   *[other] መጀመርታ፡ ብዛዕባኻ
}
survey-who-intro = እዚ ነገራት ንዝተፈላለየ ዕድሜ ከመይ ከም ዘለዉ ንኽንርኢ ይሕግዘና። ስምካ ኣይንሓትን።
survey-age-legend = ዕድሜኻ ክንደይ እዩ?
survey-care-legend = ንስኻ
survey-care-in_care = ሕጂ ኣብ ክንክን
survey-care-leaver = ካብ ክንክን ዝወጻእካ
survey-care-skip = ዘይብሎ ይሓይሸኒ
survey-progress = ሕቶ { $n } ካብ { $total }
survey-next = ቀጽል
survey-back = ተመለስ
survey-skip = ነዚ ሕቶ ሕለፎ
survey-finish = ወድእ
survey-saved = ነፍሲ ወከፍ መልሲ «ቀጽል» ምስ ጠወቕካ ብኡንብኡ ይዕቀብ፡ ስለዚ ርክብ እንተተቋሪጹ ካብዚ ክትቕጽል ትኽእል።
survey-text-label = ቃላትካ
survey-choose-any = ዝደለኻዮ ምረጽ
survey-done-title = { $band ->
    [early] የቐንየለይ!
   *[other] ስለ መልስታትካ የቐንየለይ
}
survey-done-body = መልስታትካ ተዓቂቦም ኣለዉ። ስምካ የብሎምን። እቲ ጉጅለ እንታይ ክቕየር ከም ዘለዎ ንምርኣይ መልስታት ኩሉ ብሓባር ይርኢ።
survey-done-urgent = ገለ ካብቲ ዝጸሓፍካዮ ብዛዕባኻ ኣሻቒሉና ኣሎ። ንጉጅለ ሓለዋ ተሓቢሩ ኣሎ። ሕጂ ኣብ ሓደጋ እንተሎኻ፡ ሓገዝ ርኸብ፡
survey-closed = እዚ መጽናዕቲ ሕጂ ክፉት ኣይኮነን።
survey-error-answer = በጃኻ ሓደ መልሲ ምረጽ፡ ወይ «ነዚ ሕቶ ሕለፎ» ጠውቕ።
survey-error-who = በጃኻ ዕድሜኻ ምረጽ።
survey-qr-title = ናይ ፖስተር ኮድ
survey-home-link = { $band ->
    [early] ሕቶታት ንዓኻ
   *[other] ንመጽናዕቲ መልሲ ሃብ
}
survey-home-hint = ሒደት ሕቶታት፡ ሓደ ብሓደ። ስም ኣየድልን።
