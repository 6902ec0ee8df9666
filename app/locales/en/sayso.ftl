# Sayso — English: the words of the young people's pages. Staff words are in
# staff.ftl, report.ftl and lifecycle.ftl; new young people's words in child.ftl
# and surveys.ftl.
# $band is one of: early (4-7), middle (8-11), teen (12-17), adult (16-25).
# review: checked by the Sayso team (English is the source language)
# To add a language, see docs/languages.md.

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
    [early] Tell us more if you want. A grown-up can write it for you.
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
error-language = We don't know that language. Please choose one from the list of languages.
error-generic = Something went wrong on our side. Your words are still here. Please try again.
error-not-sent-yet = Not sent yet: we could not save your message just now. Your words are still here. Please try again in a minute.

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
help-childline = Childline, free, any time: { $phone }
help-childline-call = Call Childline { $phone }
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
status-you_said_we_did = { $band ->
    [early] Your message helped change something!
   *[other] Part of "You said, we did".
}
