//! Sayso's pages: one document shell, the young people's pages and the
//! small interactive islands that hydrate in the browser.
//!
//! Pages are rendered on the server from a `pages::PageState` that the
//! server puts in context; they are plain HTML forms that work with
//! JavaScript off. Only islands (read aloud) ship to the browser as
//! WebAssembly, which keeps the young people's first load small: the pages
//! and the document shell exist only in the server build (`ssr`), so the
//! WebAssembly build never compiles them.

pub mod i18n;
pub mod islands;
pub mod model;
#[cfg(feature = "ssr")]
pub mod pages;

#[cfg(feature = "ssr")]
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use pages::PageState;

/// Escapes text for HTML. Leptos writes the children of raw-text elements
/// (`<textarea>`, `<title>`) unescaped during server rendering, so a
/// message containing `</textarea>` could otherwise become markup; those
/// elements get their text through `inner_html` and this function.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Where the page finds its stylesheet: the server puts its content-hashed
/// name in context when the site is embedded in the binary.
#[derive(Clone, Debug)]
pub struct AssetUrls {
    pub css: String,
}

impl Default for AssetUrls {
    fn default() -> Self {
        AssetUrls {
            css: "/pkg/sayso.css".into(),
        }
    }
}

/// The whole HTML document for the page in context.
#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let state = expect_context::<PageState>();
    let assets = use_context::<AssetUrls>().unwrap_or_default();
    let title = state.title();
    let lang = state.i18n.lang;
    let dir = state.i18n.dir();
    // Young people's pages get the page script (quick exit, no-signal
    // keeping, the service worker) and, before anything is drawn, a check
    // that sends Back straight out again after a quick exit.
    let young = state.org.is_some() && !matches!(state.page, pages::Page::Staff(..));
    let scripts = young.then(|| {
        let nonce = leptos::nonce::use_nonce().map(|n| n.to_string()).unwrap_or_default();
        view! {
            <script nonce=nonce inner_html=pages::EXIT_GUARD></script>
            <script src="/page.js" defer=true></script>
        }
    });
    view! {
        <!DOCTYPE html>
        <html lang=lang dir=dir>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="robots" content="noindex" />
                <meta name="referrer" content="same-origin" />
                <title inner_html=escape_html(&title)></title>
                <link rel="stylesheet" href=assets.css />
                <link rel="icon" href="data:," />
                {scripts}
                <HydrationScripts options islands=true />
            </head>
            <body>
                {pages::render(state)}
            </body>
        </html>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn escaping_leaves_no_markup() {
        assert_eq!(
            super::escape_html("</textarea><b a='1'>&"),
            "&lt;/textarea&gt;&lt;b a=&#39;1&#39;&gt;&amp;"
        );
    }
}
