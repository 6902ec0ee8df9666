# Promises kept: reply-by dates, our promises, group feedback.

## A date for young people: "Friday 4 December". Languages without their own
## `date-long` show the date as 2026-12-04.
date-long = { $weekday } { $day } { $month }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

thanks-reply-by = { $band ->
    [early] We will reply by { $date }.
   *[other] We promise to reply by { $date }.
}
reply-by-promise = { $band ->
    [early] We will reply by { $date }.
   *[other] We promised to reply by { $date }.
}
reply-by-late = We promised to reply by { $date } and we are late. We are sorry. We have not forgotten you.

## Staff queue
queue-reply-by = Reply by { $date }
queue-due-today = Due today
queue-overdue = Overdue

## Admin: bank holidays
admin-bank-holidays-title = Bank holidays
admin-bank-holidays-hint = The reply time counts working days. Which bank holidays does your organisation keep?
admin-bank-holidays-england-and-wales = England and Wales
admin-bank-holidays-scotland = Scotland
admin-bank-holidays-northern-ireland = Northern Ireland
admin-bank-holidays-save = Save bank holidays

## Admin: the cohort, for rates in the Board report
admin-cohort-title = Children we look after and support
admin-cohort-hint = From your own returns, each quarter: how many children are in care and how many care leavers you support. The Board report then shows rates per 100 children ("5 out of how many?") and survey response rates.
admin-cohort-quarter = Quarter (like 2026-Q4)
admin-cohort-in-care = Children in care
admin-cohort-care-leavers = Care leavers
admin-cohort-save = Save these numbers
admin-cohort-error = Please give a quarter like 2026-Q4 and two whole numbers.

## Board report: promises kept
report-comparison-same-days = This period is still running, so it is compared with the same number of days from the start of the period before: like with like.
report-comparison-whole = Both periods are complete and compared whole.
report-replies-title = Replies: did we keep our promise?
report-replies-intro = Every message is promised a reply by a date (the reply time in working days). Counted here: promises whose date came in the period.
report-replies-due = Replies due
report-replies-on-time = Replied on time
report-replies-late = Replied late
report-replies-overdue = Still waiting, date passed
report-headline-on-time = replies on time
report-cohort = Children we look after this quarter: { $in_care } in care and { $care_leavers } care leavers. Messages per 100 children: { $rate }.
report-survey-rate = Response rate: { $rate }% of { $audience } children it was for.

## "Our promises to you"
promises-title = Our promises to you
promises-intro = { $band ->
    [early] These are the promises { $org } makes to you. Under each one you can see what we did.
   *[other] These are the promises { $org } makes to children in care and care leavers, in our own words. Under each promise is what we have done because of what young people told us.
}
promises-none = We have not written our promises here yet.
promises-nothing-yet = Nothing to show under this promise yet. Tell us how we are doing.
promises-what-we-did = What we did
promises-say = Tell us how we are doing
home-promises = Our promises to you

## Staff: what a group said
staff-group-feedback = Group feedback
group-title = Record what a group said
group-intro = A Children in Care Council meeting, an event or a bundle of paper forms. Names, numbers, addresses and schools are taken out of the words when you save. The Board report counts sessions and young people, never the words.
group-occasion = Occasion
group-occasion-hint = For example: Children in Care Council, summer fun day, paper forms from review meetings.
group-held-on = Held on
group-participants = Young people who took part
group-age-bands = Their age bands
group-text = What the group said
group-text-hint = In the group's words where you can.
group-themes = Themes
group-promises = Our promises it is about
group-save = Save
group-saved = Saved. Thank you.
group-recent = Recorded lately

## Told when things change
email-news-subject = News from { $org } about what you told us
email-news-hello = Hello { $name },
email-news-intro = Your message is part of something { $org } is doing. It is now: { $status }.
email-news-link = Read about it here: { $link }
reply-action-news = What we are doing about it is now: { $status } (news on { $date }).
report-groups-title = What groups said
report-groups-intro = Children in Care Council meetings, events and paper forms, counted apart from single messages. Their words are not shown here.
report-groups-sessions = Group sessions
report-groups-participants = Young people who took part
report-promises-title = Our promises
report-promises-intro = Per promise: the messages, survey answers and group sessions tied to it in this period, and its actions, overdue first. "At risk" means an action is overdue or there is no action yet.
report-promise-messages = Messages
report-promise-survey = Survey responses
report-promise-groups = Group sessions
report-promise-no-actions = No actions yet.
report-promise-at-risk = At risk

## Board pack: the one-page summary
summary-title = Summary for the board
summary-change = { $change } on the period before
summary-no-change = no comparison
summary-due = of { $due } replies due
summary-participants = { $participants } young people took part
summary-per-100 = messages per 100 children
summary-themes = Themes that moved most
summary-no-themes = No theme changed by a figure we can show.
summary-overdue = Overdue actions
summary-no-overdue = None.
summary-at-risk = Promises at risk
summary-no-risk = None.
summary-quotes = In their words
home-promises-hint = What we promise, and what we did
item-promises = Our promises it is about
item-save-promises = Save promises
