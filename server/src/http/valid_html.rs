//! Leptos 0.8 writes three things the Nu HTML Checker rejects, on every
//! page. This rewrites them into valid HTML that a browser parses into the
//! same document:
//!
//! - `<!>`, its marker between text nodes, is a "bogus comment" that
//!   browsers read as an empty comment: written `<!---->`, it is one.
//! - With a CSP nonce, the hydration `<link>`s get `crossorigin="NONCE"`;
//!   an unknown value means `anonymous`, written `crossorigin=""`.
//! - Its resource `<script>`s come after `</html>`, where the parser moves
//!   them to the end of `<body>` anyway: they are written there.

/// The page, valid; unchanged if it needs nothing.
pub fn tidy(html: &str) -> String {
    let mut out = html.replace("<!>", "<!---->");
    out = valid_crossorigin(&out);
    const END: &str = "</body></html>";
    if let Some(at) = out.rfind(END) {
        let after = out[at + END.len()..].to_string();
        if !after.trim().is_empty() {
            out.truncate(at);
            out.push_str(&after);
            out.push_str(END);
        }
    }
    out
}

/// Only inside `<link …>` tags: a page's text never holds a raw `<link`
/// (the renderer escapes `<`), so a young person's words are never touched.
fn valid_crossorigin(html: &str) -> String {
    const ATTR: &str = " crossorigin=\"";
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<link ") {
        let Some(len) = rest[at..].find('>') else { break };
        let tag = &rest[at..at + len + 1];
        out.push_str(&rest[..at]);
        match tag.find(ATTR).and_then(|a| {
            let v = a + ATTR.len();
            tag[v..].find('"').map(|l| (a, v, l))
        }) {
            Some((a, v, l)) if !matches!(&tag[v..v + l], "" | "anonymous" | "use-credentials") => {
                out.push_str(&tag[..a]);
                out.push_str(" crossorigin=\"\"");
                out.push_str(&tag[v + l + 1..]);
            }
            _ => out.push_str(tag),
        }
        rest = &rest[at + len + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::tidy;

    #[test]
    fn markers_nonce_and_trailing_scripts_become_valid() {
        let page = "<!DOCTYPE html><html><head><link rel=\"modulepreload\" href=\"/a.js\" crossorigin=\"n0nce\">\
                    </head><body><p>hi<!></p></body></html><script nonce=\"n0nce\">x=1</script>";
        assert_eq!(
            tidy(page),
            "<!DOCTYPE html><html><head><link rel=\"modulepreload\" href=\"/a.js\" crossorigin=\"\">\
             </head><body><p>hi<!----></p><script nonce=\"n0nce\">x=1</script></body></html>"
        );
    }

    #[test]
    fn valid_pages_and_escaped_text_are_left_alone() {
        let page = "<html><body><p>&lt;!&gt; crossorigin=\"x\"</p><link crossorigin=\"anonymous\"></body></html>";
        assert_eq!(tidy(page), page);
    }
}
