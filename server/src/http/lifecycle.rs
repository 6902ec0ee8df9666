//! The admin's forms for one young person's data: find, download (subject
//! access) and erase. Reached through `POST /staff/admin` with
//! `action=person_find|person_export|person_erase`; the admin page has
//! already checked the role and the CSRF token.

use super::admin::show;
use super::staff::{field, org_name};
use super::AppState;
use crate::service::{lifecycle, staff::Staff};
use app::i18n::I18n;
use app::pages::PeopleView;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

pub(super) async fn person_action(state: &AppState, staff: &Staff, action: &str, f: &[(String, String)]) -> Response {
    let t = I18n::english();
    let typed = field(f, "who");
    let Some(who) = lifecycle::person(&typed) else {
        let people = PeopleView {
            who: typed,
            error: Some(t.t("people-error-who")),
            ..Default::default()
        };
        return show(state, staff, |v| v.people = people, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let org_id = staff.user.org_id;
    let result = match action {
        "person_export" => {
            let org = org_name(state, staff).await;
            match lifecycle::subject_access(&state.db, org_id, &org, staff.user.user_id, who, crate::now()).await {
                Ok((text, _)) => return download(text),
                Err(e) => Err(e),
            }
        }
        "person_erase" if field(f, "confirm") != "yes" => {
            let count = lifecycle::count_held(&state.db, org_id, who).await;
            count.map(|n| PeopleView {
                who: who.to_string(),
                found: Some(n),
                error: Some(t.t("people-error-confirm")),
                ..Default::default()
            })
        }
        "person_erase" => match lifecycle::erase(&state.db, org_id, staff.user.user_id, who, crate::now()).await {
            Ok(erased) => {
                crate::email::forget(&state.config.outbox_dir, &erased.email_ids).await;
                Ok(PeopleView {
                    erased: Some(erased.messages as usize),
                    ..Default::default()
                })
            }
            Err(e) => Err(e),
        },
        _ => lifecycle::count_held(&state.db, org_id, who).await.map(|n| PeopleView {
            who: who.to_string(),
            found: Some(n),
            ..Default::default()
        }),
    };
    match result {
        Ok(people) => {
            let status = if people.error.is_some() {
                StatusCode::UNPROCESSABLE_ENTITY
            } else {
                StatusCode::OK
            };
            show(state, staff, |v| v.people = people, status).await
        }
        Err(e) => {
            tracing::error!(error = %e, "data lifecycle request failed");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// The subject access file: plain text, downloaded, never cached.
fn download(text: String) -> Response {
    let mut response = text.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"sayso-subject-access.txt\""),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
