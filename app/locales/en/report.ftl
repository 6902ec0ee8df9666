## The Board report. Message ids must be unique across every file of a language.
