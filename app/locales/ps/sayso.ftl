# Sayso — ps: young people's pages (placeholder)
# review: draft
