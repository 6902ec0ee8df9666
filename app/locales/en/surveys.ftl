## Surveys. Message ids must be unique across every file of a language.
