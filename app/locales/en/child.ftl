## Every child can use it: languages, quick exit, read aloud, easy read,
## no signal. Young people's words (translated), then a few staff words
## (`staff-` messages, English only).
## $band is one of: early (4-7), middle (8-11), teen (12-17), adult (16-25), other.

## The language picker (each language is named in its own script).
lang-picker = Language
lang-picker-choose = Choose your language

## Quick exit: one tap, or Shift three times, leaves for a neutral site.
exit-page = Exit this page
exit-page-keys = or press the Shift key 3 times
exit-page-leaving = Leaving this page

## Read aloud when the phone has no voice for the page's language.
read-aloud-no-voice = Sorry, this phone has no voice to read this language aloud. A grown-up may be able to read it to you.

## No signal: a message kept on the phone until it can be sent.
offline-saved-page = No signal just now. This page was saved on your phone on your last visit.
offline-kept-title = Not sent yet
offline-kept = There is no signal just now. Your message is kept on this phone and will be sent by itself when the signal comes back. Then it is deleted from this phone.
offline-kept-shared = If other people use this phone, they might see it until it is sent. You can delete it now.
offline-kept-danger = If you are in danger now, call 999. You can call 999 even with no credit.
offline-delete = Delete my waiting message
offline-deleted = Deleted. Nothing is waiting on this phone.
offline-waiting = A message is waiting on this phone. It will be sent by itself when there is a signal.
offline-sent-title = Your message has been sent
offline-sent = The message that was waiting on this phone has now been sent, and deleted from the phone. Your reply code is:
offline-sent-done = I have written it down
offline-check = A message kept on this phone could not be sent as it was. It is back in the form below: please check it and press Send.

## Easy read: one question per screen, big pictures, nothing to type.
easy-link = Easy read: pictures, one question at a time
easy-link-hint = Nothing to read or type if you don't want to
easy-title = Tell us with pictures
easy-step = Step { $n } of { $total }
easy-who = Who is with you?
easy-who-me = Just me
easy-who-helper = A grown-up is helping me
easy-age = How old are you?
easy-kind = What do you want to tell us?
easy-themes = What is it about?
easy-themes-hint = Tap all the pictures that fit, or none. Then tap Next.
easy-mood = How do you feel?
easy-words = Do you want to say more?
easy-words-hint = You don't have to. You can send the pictures as they are. A grown-up can write for you.
easy-words-label = Your words (you don't have to)
easy-check = Your message
easy-send = Send
easy-next = Next
easy-back = Back
easy-change = Change
easy-nothing = Nothing chosen

## The themes of a new organisation in young people's words, used while
## the organisation keeps the default names.
theme-where-i-live = Where I live
theme-where-i-live-young = My home
theme-family-friends = Family, friends and keeping in touch
theme-family-friends-young = Family and friends
theme-my-worker = My worker and being listened to
theme-my-worker-young = My worker
theme-school-work = School, college and work
theme-school-work-young = School
theme-health-feelings = Health and feelings
theme-health-feelings-young = Health and feelings
theme-money = Money
theme-money-young = Money
theme-leaving-care = Growing up and leaving care (housing, independence)
theme-leaving-care-young = Growing up
theme-being-safe = Being safe
theme-being-safe-young = Feeling safe
theme-fun = Fun, hobbies and activities
theme-fun-young = Fun and hobbies
theme-who-i-am = Who I am (identity, culture, faith)
theme-who-i-am-young = Who I am

## Email to a young person who asked for replies by email.
email-reply-subject = { $org } has replied to your message
email-reply-hello = Hello { $name },
email-reply-intro = { $org } has replied to your message:
email-reply-link = You can also read it with your reply code at { $link }

## Staff (English only).
staff-language = Language
staff-language-written = Written in { $language }
staff-languages = Languages for young people
staff-languages-hint = Young people choose a language on every page, or their phone's settings choose it. Hide a language whose words no fluent speaker has checked for you yet: it leaves the language picker and is no longer chosen from phone settings. A link that names it (?lang=) still works, so a young person who was given one never meets an error.
staff-languages-checked = checked by { $who }
staff-languages-unchecked = drafted by the Sayso team, not yet checked by a fluent speaker
staff-languages-hide = Hide
staff-languages-save = Save languages
