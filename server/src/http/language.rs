//! Which language a young person's page is in, decided once per request.
//!
//! In order: `?lang=CODE` on the address (a link a worker sent, or the
//! language picker; remembered in a cookie that holds nothing but the
//! code), then that remembered choice, then the phone's own
//! `Accept-Language`, then English. A language an organisation has hidden
//! (its words not yet checked by a fluent speaker) is never picked from a
//! phone's settings and leaves the picker, but a link or a remembered
//! choice that names it still works: a child who was given a link must
//! never meet an error page because of it.
//!
//! The `language` middleware reads the request once and, when `?lang=`
//! chose a language, remembers it in the response; handlers take the
//! result as the [`Lang`] extractor and turn it into the page's
//! [`I18n`] with [`Lang::i18n`].

use super::AppState;
use crate::service::orgs::Org;
use app::i18n::{self, I18n};
use app::model::AgeBand;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use std::convert::Infallible;

/// The cookie that remembers a chosen language. Its value is only a code.
pub const COOKIE: &str = "sayso_lang";

/// What one request says about its language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lang {
    /// From `?lang=`, or remembered from an earlier `?lang=`.
    chosen: Option<&'static str>,
    /// Whether `chosen` came from this request's address (so it is remembered).
    from_address: bool,
    /// From `Accept-Language`, best first.
    accepted: Vec<&'static str>,
}

impl Lang {
    pub fn from_parts(query: Option<&str>, headers: &HeaderMap) -> Lang {
        let from_address = query.and_then(|q| {
            form_urlencoded::parse(q.as_bytes())
                .filter(|(k, _)| k == "lang")
                .find_map(|(_, v)| i18n::language_code(&v))
        });
        let remembered = headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .filter(|(name, _)| *name == COOKIE)
            .find_map(|(_, value)| i18n::language_code(value));
        let accepted = headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .map(i18n::accepted)
            .unwrap_or_default();
        Lang {
            chosen: from_address.or(remembered),
            from_address: from_address.is_some(),
            accepted,
        }
    }

    /// The language of a page of `org` (or of no organisation), worded for `band`.
    pub fn i18n(&self, org: Option<&Org>, band: Option<AgeBand>) -> I18n {
        I18n::new(self.code(org), band)
    }

    /// The language's code: a chosen one always; from the phone's settings,
    /// the best one the organisation has not hidden; else English.
    pub fn code(&self, org: Option<&Org>) -> &'static str {
        if let Some(chosen) = self.chosen {
            return chosen;
        }
        let hidden = org.map(|o| o.hidden_languages()).unwrap_or_default();
        self.accepted
            .iter()
            .copied()
            .find(|code| !hidden.contains(code))
            .unwrap_or("en")
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        if let Some(lang) = parts.extensions.get::<Lang>() {
            return Ok(lang.clone());
        }
        Ok(Lang::from_parts(parts.uri.query(), &parts.headers))
    }
}

/// Reads the request's language once for every young person's page, and
/// remembers a language chosen with `?lang=` (for a year, this site only).
pub async fn language(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let lang = Lang::from_parts(request.uri().query(), request.headers());
    let remember = lang.from_address.then_some(lang.chosen).flatten();
    request.extensions_mut().insert(lang);
    let mut response = next.run(request).await;
    if let Some(code) = remember {
        let secure = if state.config.secure_cookies() { "; Secure" } else { "" };
        let cookie = format!("{COOKIE}={code}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}");
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, HeaderValue::from_bytes(v.as_bytes()).unwrap());
        }
        h
    }

    #[test]
    fn the_address_beats_the_cookie_which_beats_the_phone() {
        let h = headers(&[("cookie", "a=b; sayso_lang=cy"), ("accept-language", "ar, en;q=0.5")]);
        assert_eq!(Lang::from_parts(Some("age=4-7&lang=ps"), &h).code(None), "ps");
        assert_eq!(Lang::from_parts(Some("age=4-7"), &h).code(None), "cy");
        let phone = headers(&[("accept-language", "de, fa-AF;q=0.8, en;q=0.5")]);
        assert_eq!(Lang::from_parts(None, &phone).code(None), "fa");
        assert_eq!(Lang::from_parts(None, &HeaderMap::new()).code(None), "en");
    }

    #[test]
    fn nonsense_is_ignored_not_an_error() {
        let h = headers(&[("cookie", "sayso_lang=<script>"), ("accept-language", "🙂;q=x")]);
        let lang = Lang::from_parts(Some("lang=xx&lang=%00"), &h);
        assert_eq!(lang.code(None), "en");
        assert!(!lang.from_address);
    }
}
