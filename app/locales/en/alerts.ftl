# Safeguarding alerts: the dashboard's "acknowledge several" and the admin
# page's alert addresses (docs/alerts.md).
alerts-no-leads-inbox = This organisation has no safeguarding lead with an account, so alerts go to the safeguarding inbox: { $inbox }. Ask your admin to add a lead.
alerts-tick-some = Tick at least one alert to acknowledge.
alerts-tick-label = Tick to acknowledge with others
alerts-many-title = Acknowledge several at once
alerts-many-hint = Tick the alerts this covers (for example several messages from one young person), write what you did once, and acknowledge them together.
alerts-many-action-label = What did you do about the ticked alerts? *
alerts-acknowledge-ticked = Acknowledge the ticked alerts
admin-alerts-title = Safeguarding alerts
admin-alerts-no-leads = This organisation has no safeguarding lead. Urgent messages only reach someone if you add a user with the safeguarding role, or set a safeguarding inbox below.
admin-alerts-inbox = Safeguarding inbox (email)
admin-alerts-inbox-hint = Alerts go here while the organisation has no safeguarding lead with an account.
admin-alerts-escalation = Out-of-hours escalation (email)
admin-alerts-escalation-hint = An alert nobody acknowledges within { $minutes } minutes also goes here, once.
admin-alerts-save = Save alert addresses
admin-error-alerts = Please enter email addresses, or leave a box empty.
