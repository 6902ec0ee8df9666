## Council sign-in (OpenID Connect). Message ids must be unique across every file of a language.

council-sign-in = Sign in with your council account
council-sign-in-hint = The account you use at work, for example Microsoft 365 or Google.
council-or-password = Or sign in with a password
council-unavailable = Your council's sign-in service did not answer. Please try again in a minute. If it keeps happening, tell your IT team.
council-expired = That sign-in took too long, or was started in another browser or tab. Please try again.
council-cancelled = Council sign-in was cancelled, so you are not signed in. You can try again when you are ready.
council-not-confirmed = We could not confirm your sign-in with your council, so you are not signed in. Please try again. If it keeps happening, tell your IT team.
council-no-email = Your council's sign-in did not tell us your email address, so we cannot find your Sayso account. Ask your IT team to send the email claim.
council-email-not-verified = Your council has not confirmed that { $email } is your email address, so we cannot let you in with it. Ask your IT team.
council-no-account = There is no Sayso account for { $email }. Ask your Sayso administrator to invite you with this email address, then try again.
council-disabled = The Sayso account for { $email } is switched off. Ask your Sayso administrator if you need it back.
council-password-off = Your organisation signs in with council accounts only. Go to the staff sign-in page and choose "Sign in with your council account".
council-not-set-up = Council sign-in is not set up on this server. Sign in with your email and password.

## Admin page: how staff sign in
council-admin-title = How staff sign in
council-admin-on = Council sign-in is set up on this server: staff can sign in with their council account, if Sayso has an account for the same email.
council-admin-off = Council sign-in is not set up on this server, so staff sign in with a password. Your IT team can set it up (see the deployment guide).
council-admin-password = Staff may also sign in with a password
council-admin-password-hint = Untick this so your staff can only get in through their council account: when someone leaves the council, their access to Sayso ends with it.
council-admin-save = Save how staff sign in
council-admin-needs-council = Council sign-in is not set up on this server, so password sign-in has to stay on.
council-admin-saved-on = Saved: staff can sign in with a password or their council account.
council-admin-saved-off = Saved: staff can only sign in with their council account.
