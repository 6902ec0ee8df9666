//! Extractors for staff requests, so a handler cannot forget a check: it
//! names what it needs in its arguments and only runs once it holds.
//!
//! - [`Signed<P>`]: a staff page. No session: a redirect to `/staff`; the
//!   session cannot be read: 503; a role without `P`: the forbidden page.
//! - [`SignedForm<P>`]: a staff form post: `Signed<P>` and the form's
//!   `csrf` field matching the session's token (the forbidden page if not).
//! - [`ApiStaff<P>`]: the staff API: a session cookie or a bearer API
//!   token, of the organisation in the address (`{org}`), with `P`;
//!   401 or 403 with a JSON `error`.
//! - [`ApiWriter<P>`]: `ApiStaff<P>` and, with a session cookie, the
//!   session's CSRF token in `X-CSRF-Token` (API tokens need none: they do
//!   not come from a browser).
//! - [`OrgStaff<P>`]: `ApiStaff<P>` for endpoints that look the
//!   organisation up first (an unknown one is a 404 before anything else).
//!
//! `P` is a marker from [`need`], one per [`Permission`], or
//! [`need::SignedIn`] when any role will do and the handler decides (its
//! permission depends on what the form asks for).

use super::{authorise, bearer_token, current, fields, header_for, org_name, staff_page};
use crate::domain::roles::Permission;
use crate::http::error::ApiError;
use crate::http::AppState;
use crate::service::orgs::Org;
use crate::service::staff::Staff;
use app::pages::StaffPage;
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::HashMap;
use std::marker::PhantomData;

/// What an endpoint needs of the staff member's role.
pub trait Need: Send + Sync + 'static {
    /// `None`: any signed-in role.
    const PERMISSION: Option<Permission>;
}

/// One marker per permission, named as in [`Permission`].
pub mod need {
    use super::{Need, Permission};

    /// Any signed-in staff member (the handler checks what the request
    /// asks for).
    pub struct SignedIn;
    impl Need for SignedIn {
        const PERMISSION: Option<Permission> = None;
    }

    macro_rules! markers {
        ($($name:ident),* $(,)?) => {$(
            pub struct $name;
            impl Need for $name {
                const PERMISSION: Option<Permission> = Some(Permission::$name);
            }
        )*};
    }

    markers!(
        ReadFeedback,
        Moderate,
        ReadAudit,
        Administer,
        ReadActions,
        ManageActions,
        BuildSurveys,
        ReadSurveyResults,
        ReadReports,
        ApproveQuotes,
    );
}

/// Proof that an extractor checked `P`: only this module can make one, so
/// a `Signed`, `SignedForm`, `ApiStaff`, `ApiWriter` or `OrgStaff` exists
/// only after its checks.
pub struct Checked<P>(PhantomData<P>);

fn checked<P>() -> Checked<P> {
    Checked(PhantomData)
}

fn allowed<P: Need>(staff: &Staff) -> bool {
    P::PERMISSION.is_none_or(|p| staff.role.can(p))
}

/// The page a signed-in staff member sees when they may not do something.
async fn forbidden(state: &AppState, staff: &Staff) -> Response {
    let header = header_for(staff, &org_name(state, staff).await);
    staff_page(state, Some(header), StaffPage::Forbidden, StatusCode::FORBIDDEN).await
}

/// A signed-in staff member on a staff page, whose role has `P`.
pub struct Signed<P: Need>(pub Staff, pub Checked<P>);

impl<P: Need> FromRequestParts<AppState> for Signed<P> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let staff = match current(state, &parts.headers).await {
            Ok(Some(staff)) => staff,
            Ok(None) => return Err(Redirect::to("/staff").into_response()),
            Err(e) => {
                tracing::error!(error = %e, "cannot read session");
                return Err(StatusCode::SERVICE_UNAVAILABLE.into_response());
            }
        };
        if !allowed::<P>(&staff) {
            return Err(forbidden(state, &staff).await);
        }
        Ok(Signed(staff, checked()))
    }
}

/// A staff form post: [`Signed<P>`], and the form (its fields in order)
/// carries this session's CSRF token in `csrf`.
pub struct SignedForm<P: Need>(pub Staff, pub Vec<(String, String)>, pub Checked<P>);

impl<P: Need> SignedForm<P> {
    /// The forbidden page unless the role also has `needs` (for a permission
    /// that depends on what the form asks for).
    pub async fn require(&self, state: &AppState, needs: Permission) -> Result<(), Response> {
        match self.0.role.can(needs) {
            true => Ok(()),
            false => Err(forbidden(state, &self.0).await),
        }
    }
}

impl<P: Need> FromRequest<AppState> for SignedForm<P> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Response> {
        let (mut parts, body) = request.into_parts();
        let Signed(staff, _) = Signed::<P>::from_request_parts(&mut parts, state).await?;
        let body = Bytes::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(IntoResponse::into_response)?;
        let f = fields(&body);
        if !staff.csrf_matches(&super::field(&f, "csrf")) {
            return Err(forbidden(state, &staff).await);
        }
        Ok(SignedForm(staff, f, checked()))
    }
}

/// The `{org}` in the address ("" if the route has none, which no staff
/// member's organisation is).
async fn org_in_path(parts: &mut Parts) -> String {
    // Decoded as `Path<String>` decodes it; it fails only outside a router.
    Path::<HashMap<String, String>>::from_request_parts(parts, &())
        .await
        .ok()
        .and_then(|Path(mut params)| params.remove("org"))
        .unwrap_or_default()
}

/// A staff member using the API for the organisation in the address, whose
/// role has `P` (a session cookie or a bearer API token).
pub struct ApiStaff<P: Need>(pub Staff, pub Checked<P>);

impl<P: Need> FromRequestParts<AppState> for ApiStaff<P> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let org = org_in_path(parts).await;
        Ok(ApiStaff(api_staff::<P>(state, parts, &org).await?, checked()))
    }
}

async fn api_staff<P: Need>(state: &AppState, parts: &Parts, org: &str) -> Result<Staff, ApiError> {
    authorise(state, &parts.headers, org, P::PERMISSION).await
}

/// [`ApiStaff<P>`] for a change: with a session cookie (not an API token),
/// the session's CSRF token must come in `X-CSRF-Token`.
pub struct ApiWriter<P: Need>(pub Staff, pub Checked<P>);

impl<P: Need> FromRequestParts<AppState> for ApiWriter<P> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let ApiStaff(staff, _) = ApiStaff::<P>::from_request_parts(parts, state).await?;
        if bearer_token(&parts.headers).is_none() {
            let sent = parts
                .headers
                .get("x-csrf-token")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("");
            if !staff.csrf_matches(sent) {
                return Err(ApiError::Forbidden(
                    "Send the session's csrf_token in the X-CSRF-Token header (or use an API token).".into(),
                ));
            }
        }
        Ok(ApiWriter(staff, checked()))
    }
}

/// The organisation in the address (404 if there is none such) and a
/// staff member of it whose role has `P`, checked in that order.
pub struct OrgStaff<P: Need>(pub Org, pub Staff, pub Checked<P>);

impl<P: Need> FromRequestParts<AppState> for OrgStaff<P> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let org = crate::http::api::find_org(state, &org_in_path(parts).await).await?;
        let staff = api_staff::<P>(state, parts, &org.slug).await?;
        Ok(OrgStaff(org, staff, checked()))
    }
}
