# Sayso — ti: young people's pages (placeholder)
# review: draft
