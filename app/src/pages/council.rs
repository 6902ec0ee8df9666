//! Council sign-in on the staff sign-in page and the admin page.

use crate::i18n::I18n;
use leptos::prelude::*;

/// Which ways in the sign-in page offers. The server puts it in context for
/// the sign-in page; without it, only the password form shows.
#[derive(Clone, Debug)]
pub struct SignInChoice {
    /// Council sign-in is set up on this server.
    pub council: bool,
    /// Some organisation still lets its staff use a password.
    pub password: bool,
}

impl Default for SignInChoice {
    fn default() -> Self {
        SignInChoice {
            council: false,
            password: true,
        }
    }
}

/// The council button, above the password form (which this page draws
/// only when `password` is true).
pub(super) fn button(t: &I18n, choice: &SignInChoice) -> impl IntoView {
    choice.council.then(|| {
        let or = choice
            .password
            .then(|| view! { <h2 class="or-password">{t.t("council-or-password")}</h2> });
        view! {
            <p>
                <a class="button primary" href="/staff/oidc/start" id="council-sign-in">{t.t("council-sign-in")}</a>
            </p>
            <p class="hint">{t.t("council-sign-in-hint")}</p>
            {or}
        }
    })
}

/// The admin page's "How staff sign in" panel.
#[derive(Clone, Debug, Default)]
pub struct SignInAdminView {
    pub council: bool,
    pub password: bool,
}

pub(super) fn admin_panel(t: &I18n, view: SignInAdminView, csrf: String) -> impl IntoView {
    let about = if view.council {
        t.t("council-admin-on")
    } else {
        t.t("council-admin-off")
    };
    let form = view.council.then(|| {
        view! {
            <form method="post" action="/staff/admin" id="sign-in-form">
                <input type="hidden" name="csrf" value=csrf />
                <input type="hidden" name="action" value="sign_in" />
                <label class="choice compact">
                    <input type="checkbox" name="password_sign_in" value="yes" checked=view.password />
                    <span>{t.t("council-admin-password")}</span>
                </label>
                <p class="hint">{t.t("council-admin-password-hint")}</p>
                <button type="submit" class="button">{t.t("council-admin-save")}</button>
            </form>
        }
    });
    view! {
        <section class="panel" id="sign-in">
            <h2>{t.t("council-admin-title")}</h2>
            <p>{about}</p>
            {form}
        </section>
    }
}
