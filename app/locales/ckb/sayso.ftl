# Sayso — ckb: young people's pages (placeholder)
# review: draft
