## Retention, erasure and subject access. Message ids must be unique across every file of a language.
