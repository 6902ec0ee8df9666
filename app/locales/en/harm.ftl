# Why the harm check flagged a message (staff pages).
harm-concern-phrase = { $category } · phrase: “{ $detail }”
harm-concern-phrase-hidden = { $category } · found by a listed phrase
harm-concern-meaning = { $category } · close in meaning to: “{ $detail }”
harm-concern-reported = { $category } · the young person pressed “I don’t feel safe”
harm-concern-unknown = { $category }
harm-not-checked = in { $language }, not checked for harm: read soon
harm-why-label = Why it is urgent
