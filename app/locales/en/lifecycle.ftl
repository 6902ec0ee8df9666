## Retention, erasure and subject access. Message ids must be unique across every file of a language.

## Subject access export (a plain-text file an admin downloads)
sar-title = Everything { $org } holds about one young person
sar-made = Made
sar-count = Messages found
sar-intro = Each message is shown as it is stored, with the replies sent and the team's internal notes.
sar-message = Message
sar-received = Received (to the hour)
sar-reply-code = Reply code
sar-kind = Kind
sar-mood = Mood (1-5)
sar-age-band = Age band
sar-care-status = In care or care leaver
sar-name = Name
sar-email = Email
sar-email-consent = Agreed to replies by email
sar-status = Status
sar-urgent = Marked urgent
sar-themes = Themes
sar-words = Their words
sar-reply = Reply
sar-note = Internal note
sar-yes = yes
sar-no = no

## Admin page: one young person's data
people-title = One young person's data
people-intro = Find everything we hold about one young person, by the name or email they gave, or a reply code. You can download it for them (a subject access request) or erase it for good.
people-who = Name, email or reply code
people-find = Find
people-found = { $count ->
    [0] Nothing is held about "{ $who }".
    [one] One message names "{ $who }".
   *[other] { $count } messages name "{ $who }".
}
people-export = Download everything (text file)
people-erase-confirm = I understand: the words, name, contact details, replies and notes are deleted for good. Counts in reports stay.
people-erase = Erase for good
people-erased = { $count ->
    [one] Erased one message. Report figures are unchanged.
   *[other] Erased { $count } messages. Report figures are unchanged.
}
people-error-who = Type at least two letters of a name, an email address or a reply code.
people-error-confirm = Tick the box to confirm the erasure first. Nothing was erased.
