# Sayso — ar: young people's pages (placeholder)
# review: draft
