# Sayso — English. Every word a young person or officer sees lives here.
# $band is one of: early (4-7), middle (8-11), teen (12-17), adult (16-25).
# Add a language by copying this file to locales/<lang>/sayso.ftl.

site-name = Sayso
skip-to-content = Skip to main content

## Every young person's page
unsafe-button = I don't feel safe
footer-advocacy-title = Want someone on your side?
footer-advocacy = An advocate can help you say what you want and make sure you are listened to. { $contact }
footer-complaints-title = Not happy with how you were treated?
footer-complaints = You have the right to complain. { $contact }
footer-private = We never ask for an account. Anonymous messages carry no name and no details of your phone.
read-aloud = Read aloud
read-aloud-stop = Stop reading

## Home
home-title = Have your say
home-intro = Tell { $org } what is good, what is wrong and what you want. You don't need an account, and you can stay anonymous.
home-for = For { $term } and care leavers.
home-say = Say something
home-say-hint = Good news, a worry, an idea or how you feel
home-reply = Check for a reply
home-reply-hint = Use the reply code we gave you
home-help-hint = Get help now

## Say it: who are you
age-title = First, how old are you?
age-intro = So we can use the right words for you.
age-early = 4 to 7
age-middle = 8 to 11
age-teen = 12 to 17
age-adult = 16 to 25
age-adult-hint = Care leavers
helper-link = I am a grown-up helping a young person
helper-note = You are helping a young person. Please write their words, not yours.

## Say it: the form
say-title = { $band ->
    [early] Tell us!
    [middle] Tell us what you think
    [teen] Have your say
   *[adult] Have your say
}
say-intro = { $band ->
    [early] Pick the pictures. A grown-up can help you.
    [middle] Only the participation team at { $org } reads this. Questions with a star (*) need an answer.
    [teen] Only the participation team at { $org } reads this. Questions with a star (*) need an answer.
   *[adult] Only the participation team at { $org } reads this. Questions marked with a star (*) need an answer.
}
change-age = Change age
care-legend = { $band ->
    [early] Where do you live?
   *[other] Which fits you best?
}
care-in_care = { $band ->
    [early] With carers or in a home
   *[other] I'm in care
}
care-care_leaver = I'm a care leaver
kind-legend = { $band ->
    [early] What do you want to tell us? *
   *[other] What kind of thing is it? *
}
kind-good_news = { $band ->
    [early] Something good
   *[other] Good news
}
kind-worry = { $band ->
    [early] Something is wrong
   *[other] A worry or a problem
}
kind-idea = { $band ->
    [early] An idea
   *[other] An idea or something I want
}
kind-meeting = { $band ->
    [early] My meeting
   *[other] My meeting or my plan
}
kind-feeling = How I feel
themes-legend = { $band ->
    [early] What is it about?
   *[other] What is it about? (pick any, or none)
}
mood-legend = { $band ->
    [early] How do you feel?
   *[other] How do you feel about it?
}
mood-1 = Very sad
mood-2 = Sad
mood-3 = OK
mood-4 = Happy
mood-5 = Very happy
text-label = { $band ->
    [early] Tell us more. A grown-up can write it for you. *
    [middle] Tell us in your own words *
    [teen] Tell us in your own words *
   *[adult] What would you like to tell us? *
}
text-hint = Up to { $max } letters. Please don't write other people's names.
who-legend = { $band ->
    [early] Do you want to tell us your name?
   *[other] Anonymous, or with your name?
}
who-explain = Your message goes to the participation team at { $org }. They read every message. If someone might be in danger, they must tell the safeguarding team, even if you stay anonymous.
who-anonymous = { $band ->
    [early] No, keep it secret
   *[other] Anonymous. Nobody will know it was me
}
who-anonymous-hint = We don't keep your name or anything about your phone. Your reply code is the only way to see our answer.
who-named = { $band ->
    [early] Yes, say my name
   *[other] With my name
}
who-named-hint = The team can see your name. They can reply to you by email if you want.
name-label = Your name
email-label = Your email (if you want a reply by email)
email-consent = Yes, email me when the team replies
send = Send
send-hint = Your message is saved the moment you press Send.

## Problems with what was typed (the form keeps everything)
error-summary = Please check { $count ->
    [one] one thing
   *[other] { $count } things
} and press Send again. We have kept what you wrote.
error-kind = Please choose what it is about.
error-text = Please write your message.
error-text-long = Your message is too long for us. Please make it shorter (the most is { $max } letters).
error-name = Please tell us your name, or choose anonymous.
error-name-long = Your name is too long for us.
error-email = That email address doesn't look right. Check it, or leave it empty.
error-mood = Please choose one of the faces.
error-theme = Please choose from the topics on the page.
error-age = Please choose your age again.
error-care = Please choose one of the options.
error-generic = Something went wrong on our side. Your words are still here. Please try again.

## Thank you
thanks-title = { $band ->
    [early] Thank you!
   *[other] Thank you, we've got it
}
thanks-saved = Your message is safely saved.
thanks-code-label = Your reply code
thanks-code-keep = { $band ->
    [early] Ask a grown-up to write these three words down.
   *[other] Write these three words down or take a photo. You need them to see our reply.
}
thanks-next-title = What happens next
thanks-next = The participation team reads every message and aims to reply within { $days } working days. Come back and use your code to see the reply.
thanks-next-email = We'll also email you when there is a reply.
thanks-again = Say something else
thanks-check = Check for a reply

## Help (I don't feel safe)
help-title = Help is here
help-now = If you are in danger right now, call 999.
help-999 = Call 999
help-childline = Childline, free, any time: 0800 1111
help-childline-call = Call Childline 0800 1111
help-ooh = { $org } out of hours: { $phone }
help-ooh-call = Call { $phone }
help-urgent = What you wrote makes us worried about you. Your message has gone to the safeguarding team first.
help-send-title = Send a message to the safeguarding team
help-send-intro = They will read it as soon as they can. It is not an emergency service: if you need help now, call 999 or Childline.
help-text-label = What is happening? *
help-contact-label = How can we reach you safely? (optional)
help-contact-hint = Your name and a phone number or email that is safe to use. Leave it empty to stay anonymous.
help-send = Send to the safeguarding team
help-sent = Your message has gone to the safeguarding team.

## Check my reply
reply-title = Check for a reply
reply-intro = Type the three words from your reply code.
reply-code-label = Reply code
reply-code-hint = Like this: apple-river-tiger
reply-check = Check
reply-not-found = We couldn't find that code. Check the spelling. It is three words, like apple-river-tiger.
reply-limited = Too many tries. Please wait a minute and try again.
reply-status-title = Your message
status-sent = { $band ->
    [early] We got your message. We will read it soon.
   *[other] Sent. The team will read it soon.
}
status-read = { $band ->
    [early] The team has read your message.
   *[other] Read by the team.
}
status-replied = The team has replied.
replies-none = No reply yet. Please check again in a few days.
replies-title = Replies from the team

## Errors
not-found-title = We can't find that page
not-found-body = Check the address, or go back to the start.
back-home = Back to the start

## Staff
staff-title = Staff sign in
staff-intro = For the participation team, safeguarding leads, managers and board members.
staff-email = Email
staff-password = Password
staff-sign-in = Sign in
staff-bad-login = That email and password don't match. Check them and try again.
staff-locked = Too many wrong passwords. This account is locked for { $minutes } minutes, or ask your admin to unlock it.
staff-slow-down = Too many sign-in attempts from here. Please wait a minute.
staff-sign-out = Sign out
staff-queue = Queue
staff-signed-in-as = Signed in as { $email } ({ $role })
queue-title = Feedback queue
queue-intro = Urgent first, then oldest first.
queue-empty = Nothing matches these filters.
queue-filter = Filter
queue-any = Any
queue-urgent-only = Urgent only
filter-status = Status
filter-theme = Theme
filter-kind = Kind
filter-age = Age band
filter-from = From
filter-to = To
staff-sign-out-everywhere = Sign out everywhere
state-new = New
state-in_review = In review
state-replied = Replied
state-closed = Closed
urgent-label = Urgent
anonymous-label = Anonymous
named-label = Named
helper-label = Typed by a trusted adult
received-label = Received
mood-label = Mood
item-title = Feedback { $id }
item-words = Their words
item-hidden = Only staff who read feedback can see the words.
item-contact = Contact
item-no-contact = No contact details: anonymous.
item-email-consent = Agreed to get replies by email.
item-themes = Themes
item-themes-suggested = Suggested from the words: { $themes }
item-save-themes = Save themes
item-status = Status
item-save-status = Save status
item-notes = Internal notes: only staff see these
item-add-note = Add note
item-replies = Reply to the young person
item-replies-hint = They will see this when they check their reply code{ $email ->
    [yes] , and by email.
   *[no] .
}
item-reply-label = Reply (the young person sees this with their reply code)
item-send-reply = Send reply
item-saved = Saved.
item-back = Back to the queue
forbidden-title = You can't see this
forbidden-body = Your role does not allow this page. Ask your organisation's admin if you need it.
alerts-title = Safeguarding alerts
alerts-intro = Urgent messages waiting for a safeguarding lead. Each one is emailed again every { $minutes } minutes until someone acknowledges it.
alerts-none = No alerts are waiting.
alerts-banner = { $count ->
    [one] 1 urgent alert is waiting.
   *[other] { $count } urgent alerts are waiting.
} Open the alerts.
alert-age = Waiting { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
} · { $times ->
    [0] not emailed yet
    [one] emailed once
   *[other] emailed { $times } times
}
alerts-no-leads = Nobody is being emailed: this organisation has no safeguarding lead with an account. Ask your admin to add one.
item-alert-waiting = Safeguarding alert waiting { $minutes } minutes.
item-alert-acknowledge = Acknowledge it on the alerts page
item-alert-done = Safeguarding alert acknowledged by { $who } on { $when }: { $action }
alert-open-item = Open the message
alert-action-label = What did you do? *
alert-acknowledge = Acknowledge
alert-action-needed = Please write what you did before acknowledging.
staff-alerts = Alerts
audit-title = Audit log
audit-intro = Every view of a young person's message and every change, newest first.
audit-filter-action = Action
audit-filter-user = Staff email
audit-when = When
audit-who = Who
audit-what = What
audit-item = Item
audit-none = Nothing matches.
staff-audit = Audit log

## Admin
staff-admin = Admin
admin-title = Organisation admin
admin-settings = Words and contacts
admin-name = Organisation name
admin-term = Your words for "children in care"
admin-term-hint = For example: children in our care, cared for children, looked after children.
admin-ooh = Out-of-hours phone number
admin-advocacy = How to reach the advocacy service
admin-complaints = How to complain
admin-retention = Keep young people's words for (months)
admin-reply-days = We aim to reply within (working days)
admin-save = Save
admin-themes = Themes
admin-themes-hint = Rename, retire or add themes. Keywords (comma separated) suggest a theme when they appear in a message.
admin-theme-label = Name for staff and older young people
admin-theme-young = Plain words for under-12s
admin-theme-icon = Icon
admin-theme-keywords = Keywords
admin-theme-retired = Retired (hidden from young people)
admin-theme-add = Add a theme
admin-users = Staff
admin-invite = Invite someone
admin-invite-hint = They get an email with a link to set their password. The link works once, for 7 days.
admin-role = Role
admin-send-invite = Send invitation
admin-disable = Disable
admin-enable = Enable
admin-invited = invitation not used yet
admin-disabled = disabled
admin-tokens = API tokens
admin-tokens-hint = For other systems that read Sayso. A token acts as you, with your role. It is shown once.
admin-token-name = What is it for?
admin-token-create = Create token
admin-token-new = Copy this token now. It will not be shown again:
admin-token-revoke = Revoke
admin-saved = Saved.
admin-error-settings = Please check the settings: the name is needed, retention must be 6 to 120 months, the reply time 1 to 30 days and the smallest number shown 3 to 20.
admin-error-theme = A theme needs a name for staff and plain words for under-12s.
admin-error-invite = Please give a valid email address and role. The email may already have an account.
admin-error-self = You cannot disable your own account.
invite-title = Set your password
invite-intro = Welcome to Sayso. Choose a password for { $email }: at least 10 characters.
invite-password = New password
invite-confirm = The same password again
invite-save = Set password
invite-invalid = This link has been used or has expired. Ask your admin for a new invitation.
invite-mismatch = The passwords are not the same, or shorter than 10 characters.
invite-done = Your password is set. You can sign in now.
item-redact = Hide identifying details
item-redact-hint = Suggested from the words; tick what to hide. The original stays here for the team; the redacted text is what managers, reports and quotes use.
item-redact-other = Other words to hide (separate with commas)
item-redact-save = Save redacted text
item-redacted = Redacted text
item-not-redacted = Not redacted yet.
item-original-hidden = Managers see the redacted text only.

## You said, we did
you-said-we-did-title = You said, we did
you-said-we-did-intro = { $band ->
    [early] You told us things. Here is what we did.
   *[other] What young people told { $org }, and what happened because of it. When the answer is no, we say why.
}
you-said-we-did-none = Nothing here yet. Your messages help decide what goes here.
you-said-we-did-filter = Show a topic
you-said-we-did-all = All topics
you-said-we-did-show = Show
you-said-we-did-you-said = You said
you-said-we-did-we-did = We did / we will
you-said-we-did-why-not = Why not
you-said-we-did-due = By { $date }
home-you-said-we-did = You said, we did
home-you-said-we-did-hint = What changed because young people spoke up
action-status-heard = { $band ->
    [early] We heard you
   *[other] Heard
}
action-status-planned = { $band ->
    [early] We have a plan
   *[other] Planned
}
action-status-in_progress = { $band ->
    [early] We are doing it
   *[other] In progress
}
action-status-done = { $band ->
    [early] Done!
   *[other] Done
}
action-status-not_doing = { $band ->
    [early] We can't do this
   *[other] Not doing
}
status-action = { $band ->
    [early] Your message helped change something!
   *[other] Your message is now part of "You said, we did".
}
status-action-link = See what was done
staff-actions = You said, we did
actions-title = You said, we did: actions
actions-intro = Overdue and soonest due first. Published actions appear on young people's "You said, we did" page.
actions-none = No actions yet. Make one from a theme or from ticked messages in the queue.
actions-new = New action
action-you-said = You said (in young people's words)
action-you-said-young = You said, in simpler words for under-12s (optional)
action-we-did = We did / we will
action-status = Status
action-reason = Why not (needed when the status is "not doing")
action-owner = Owner
action-no-owner = No owner yet
action-due = Due date
action-published = Published: young people can see it
action-themes = Themes
action-items = Linked messages: { $count }
action-save = Save action
action-create = Create action
action-progress = Progress update
action-add-progress = Add update
action-timeline = Timeline
action-overdue = Overdue
action-draft = Not published
action-error = An action needs what young people said, what was done, a valid due date (or none) and, for "not doing", the reason.
queue-make-action = Make a "You said, we did" action from the ticked messages
queue-select = Tick for an action
status-you_said_we_did = { $band ->
    [early] Your message helped change something!
   *[other] Part of "You said, we did".
}
