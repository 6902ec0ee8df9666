# Sayso — sq: young people's pages (placeholder)
# review: draft
