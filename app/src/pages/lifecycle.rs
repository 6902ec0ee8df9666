//! The admin's "one young person's data" panel: find what is held, download
//! it (subject access) or erase it for good. Plain forms; works without
//! JavaScript.

use crate::i18n::I18n;
use fluent_bundle::FluentValue;
use leptos::prelude::*;

#[derive(Clone, Debug, Default)]
pub struct PeopleView {
    /// What the admin typed: a name, an email or a reply code.
    pub who: String,
    /// How many messages name `who`, once looked up.
    pub found: Option<usize>,
    /// How many messages were just erased.
    pub erased: Option<usize>,
    pub error: Option<String>,
}

pub(super) fn people(t: &I18n, view: PeopleView, csrf: String) -> impl IntoView {
    let hidden = |action: &'static str| {
        view! {
            <input type="hidden" name="csrf" value=csrf.clone() />
            <input type="hidden" name="action" value=action />
        }
    };
    let found = view.found.map(|count| {
        let text = t.t_with(
            "people-found",
            &[
                ("count", FluentValue::from(count)),
                ("who", FluentValue::from(view.who.as_str())),
            ],
        );
        let actions = (count > 0).then(|| {
            view! {
                <form method="post" action="/staff/admin" class="inline-form">
                    {hidden("person_export")}
                    <input type="hidden" name="who" value=view.who.clone() />
                    <button type="submit" class="button">{t.t("people-export")}</button>
                </form>
                <form method="post" action="/staff/admin">
                    {hidden("person_erase")}
                    <input type="hidden" name="who" value=view.who.clone() />
                    <label class="choice compact">
                        <input type="checkbox" name="confirm" value="yes" />
                        <span>{t.t("people-erase-confirm")}</span>
                    </label>
                    <button type="submit" class="button">{t.t("people-erase")}</button>
                </form>
            }
        });
        view! { <p role="status" id="people-found">{text}</p> {actions} }
    });
    let erased = view.erased.map(|count| {
        let text = t.t_with("people-erased", &[("count", FluentValue::from(count))]);
        view! { <p class="note" role="status" id="people-erased">{text}</p> }
    });
    view! {
        <section class="panel" id="people">
            <h2>{t.t("people-title")}</h2>
            <p class="hint">{t.t("people-intro")}</p>
            {view.error.map(|m| view! { <div class="error-summary" role="alert"><p><strong>{m}</strong></p></div> })}
            {erased}
            <form method="post" action="/staff/admin#people" class="inline-form">
                {hidden("person_find")}
                <div class="field compact">
                    <label for="people-who">{t.t("people-who")}</label>
                    <input type="text" id="people-who" name="who" value=view.who.clone() maxlength="200" autocomplete="off" />
                </div>
                <button type="submit" class="button">{t.t("people-find")}</button>
            </form>
            {found}
        </section>
    }
}
