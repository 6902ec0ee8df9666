# Hardening (issue 12): staff-side words.

# A button beside each staff account: lifts the wrong-password throttle
# for that account everywhere.
admin-unlock = Let them sign in again
