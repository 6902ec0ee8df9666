## The Board report. Message ids must be unique across every file of a language.

staff-report = Board report
report-title = Board report: { $org }
report-period = { $period }, compared with { $previous }.
report-from = From
report-to = To
report-show = Show this period
report-csv = Download as CSV
report-json = Data (JSON)
report-print = To print or save as PDF, use your browser's Print (Ctrl+P). The page fits A4.
report-email = Email this report to the board
report-email-hint = { $count ->
    [one] Sends one board member a link to sign in and read it. The figures never travel by email.
   *[other] Sends { $count } board members a link to sign in and read it. The figures never travel by email.
}
report-email-nobody = There are no board members to email yet. An admin can invite them.
report-emailed = { $count ->
    [one] A link to this report is on its way to one board member.
   *[other] A link to this report is on its way to { $count } board members.
}
report-email-subject = Board report for { $org }: { $period }
report-email-body = A Sayso board report for { $org } ({ $period }) is ready for you.

    Sign in to read it:
    { $link }

    The report is not attached: children's services figures stay inside Sayso.
report-suppression = To protect young people, any count from 1 to { $below } is shown as "fewer than { $threshold }". A few other counts read "hidden", so that a small number cannot be worked out from the totals.
report-make-action = Make an action
report-this-period = This period
report-previous-period = Previous period
report-change = Change
report-total = All messages
report-headline-messages = messages from young people
report-headline-urgent = urgent messages
report-headline-mood = average mood out of 5
report-headline-actions = actions overdue
report-kind-title = What kind of message
report-theme-title = Themes
report-theme-note = A message can have more than one theme, so themes add up to more than the total.
report-age-title = Age group
report-care-title = In care or care leaver
report-mood-title = Mood, month by month
report-mood-month = Month
report-mood-answers = Answers
report-mood-average = Average mood (1 to 5)
report-chart-alt = The same figures are in the table below. Bars are not drawn for counts that are suppressed.
report-mood-alt = Average mood each month, from 1 (very sad) to 5 (very happy). The same figures are in the table below.
report-kind-good_news = Good news
report-kind-worry = Worry
report-kind-idea = Idea
report-kind-meeting = About a meeting
report-kind-feeling = How I feel
report-band-4-7 = 4 to 7
report-band-8-11 = 8 to 11
report-band-12-17 = 12 to 17
report-band-16-25 = 16 to 25 (care leavers)
report-band-not_given = Not given
report-care-in_care = In care
report-care-care_leaver = Care leaver
report-care-not_given = Not given
report-urgent-title = Urgent messages and safeguarding alerts
report-urgent-intro = How quickly safeguarding leads acknowledged the alerts raised in this period. No details of any message are shown.
report-urgent-count = Urgent messages
report-urgent-median = Time to acknowledge (median)
report-urgent-worst = Time to acknowledge (longest)
report-urgent-waiting = Alerts still waiting to be acknowledged
report-minutes = { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}
report-none-yet = none in this period
report-actions-title = You said, we did: the action log
report-no-actions = There are no actions yet.
report-status = Status
report-owner = Owner
report-due = Due
report-quotes-title = In young people's words
report-quotes-intro = Up to three quotes per theme, chosen and redacted by an officer, from messages received in this period.
report-no-quotes = No quotes have been approved for this period yet.
report-bad-period = { $problem }
quote-title = Quote for the Board report
quote-intro = Officers choose a few redacted quotes for the board. Check the words below hide anything that could identify the young person.
quote-needs-redaction = Confirm the redacted text above first: quotes are made from it.
quote-theme = Theme
quote-text = Words to quote
quote-approve = Approve this quote
quote-withdraw = Withdraw
quote-approved = Approved quotes from this message
quote-too-long = A quote can be at most 600 characters.
admin-threshold = Smallest number shown in reports (3 to 20; usually 5)
report-urgent-with-previous = { $now } (previous period: { $before })
report-surveys-title = Surveys closed in this period
report-no-surveys = No survey closed in this period.
report-survey-note = { $responses } responses; closed { $closed }. Counts from 1 to 4 read "fewer than 5" here too.
