# Sayso — fa: young people's pages (placeholder)
# review: draft
