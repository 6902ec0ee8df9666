# Sayso — vi: young people's pages (placeholder)
# review: draft
