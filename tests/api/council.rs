//! Council sign-in (OpenID Connect) against a real provider: the npm
//! package `oidc-provider`, run by `tests/oidc/provider.mjs`. Each test
//! drives the same redirects a browser follows.

use reqwest::header;
use sayso_tests::*;
use serde_json::{json, Value};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

/// A running test provider; stopped when dropped.
struct Provider {
    issuer: String,
    child: Child,
}

impl Provider {
    fn start() -> Provider {
        let dir = workspace_root().join("tests/oidc");
        assert!(
            dir.join("node_modules/oidc-provider").exists(),
            "the test provider's packages are missing: run scripts/install-tools --test"
        );
        let mut child = Command::new("node")
            .arg("provider.mjs")
            .current_dir(&dir)
            .env("EXIT_WITH_STDIN", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("node runs the test provider");
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        let issuer = first
            .trim()
            .strip_prefix("issuer ")
            .unwrap_or_else(|| panic!("the provider did not start: {first:?}"))
            .to_string();
        Provider { issuer, child }
    }

    /// Registers Sayso's return address with the provider.
    async fn register(&self, app: &TestApp) {
        let r = reqwest::Client::new()
            .post(format!("{}/_test/setup", self.issuer))
            .json(&json!({ "redirect_uris": [app.url("/staff/oidc/callback")] }))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 204);
    }

    /// Makes the provider's next ID token wrong in one way.
    async fn tamper(&self, change: Value) {
        let r = reqwest::Client::new()
            .post(format!("{}/_test/tamper", self.issuer))
            .json(&change)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 204);
    }

    fn env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("SAYSO_OIDC_ISSUER", self.issuer.clone()),
            ("SAYSO_OIDC_CLIENT_ID", "sayso".into()),
            ("SAYSO_OIDC_CLIENT_SECRET", "sayso-test-secret".into()),
        ]
    }
}

impl Drop for Provider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Sayso with council sign-in pointed at a fresh provider.
async fn council() -> (TestApp, Provider) {
    let provider = Provider::start();
    let env = provider.env();
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let app = TestApp::spawn_with(&env).await;
    provider.register(&app).await;
    (app, provider)
}

fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

fn location(r: &reqwest::Response, base: &str) -> String {
    let to = r
        .headers()
        .get(header::LOCATION)
        .unwrap_or_else(|| panic!("expected a redirect, got {}", r.status()))
        .to_str()
        .unwrap();
    if to.starts_with('/') {
        format!("{base}{to}")
    } else {
        to.to_string()
    }
}

/// Follows a council sign-in as a browser would, typing `email` on the
/// provider's page, up to the address it sends the browser back to.
async fn to_callback(
    app: &TestApp,
    provider: &Provider,
    client: &reqwest::Client,
    email: &str,
    confirmed: bool,
) -> String {
    let start = client.get(app.url("/staff/oidc/start")).send().await.unwrap();
    assert_eq!(start.status(), 303, "the button sends the browser to the council");
    let auth = location(&start, &app.address);
    assert!(auth.starts_with(&provider.issuer), "{auth}");
    assert!(auth.contains("code_challenge_method=S256"), "PKCE: {auth}");
    assert!(auth.contains("nonce=") && auth.contains("state="), "{auth}");
    let r = client.get(&auth).send().await.unwrap();
    let interaction = location(&r, &provider.issuer);
    assert!(interaction.contains("/interaction/"), "{interaction}");
    let mut form = vec![("email", email)];
    if !confirmed {
        form.push(("unverified", "yes"));
    }
    let r = client.post(&interaction).form(&form).send().await.unwrap();
    let mut next = location(&r, &provider.issuer);
    // The provider finishes its own steps, then sends the browser back.
    for _ in 0..5 {
        if next.starts_with(&app.address) {
            return next;
        }
        let r = client.get(&next).send().await.unwrap();
        next = location(&r, &provider.issuer);
    }
    panic!("the provider never sent the browser back: {next}");
}

async fn sign_in_with_council(app: &TestApp, provider: &Provider, email: &str) -> (reqwest::Client, reqwest::Response) {
    let client = browser();
    let back = to_callback(app, provider, &client, email, true).await;
    let r = client.get(&back).send().await.unwrap();
    (client, r)
}

fn sets_session(r: &reqwest::Response) -> bool {
    r.headers().get_all(header::SET_COOKIE).iter().any(|c| {
        c.to_str().unwrap().starts_with("sayso_session=") && !c.to_str().unwrap().starts_with("sayso_session=;")
    })
}

async fn audit(app: &TestApp, action: &str) -> Vec<String> {
    app.query_strings(&format!(
        "SELECT detail FROM audit_log WHERE action = '{action}' ORDER BY id"
    ))
    .await
    .into_iter()
    .map(|r| r[0].clone().unwrap_or_default())
    .collect()
}

#[tokio::test]
async fn staff_sign_in_with_their_council_account() {
    let (app, provider) = council().await;
    let page = app.get("/staff").await.text().await.unwrap();
    assert!(
        page.contains(r#"id="council-sign-in""#),
        "the sign-in page offers the council button"
    );
    assert!(
        page.contains(r#"id="login-form""#),
        "and passwords, until an admin switches them off"
    );

    let client = browser();
    // Typed in another case: emails match whatever the case.
    let back = to_callback(&app, &provider, &client, "Officer@Demo.Sayso.Test", true).await;
    let r = client.get(&back).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(location(&r, &app.address), app.url("/staff/queue"));
    assert!(sets_session(&r));
    let list = client.get(app.url("/api/v1/orgs/demo/feedback")).send().await.unwrap();
    assert_eq!(list.status(), 200, "signed in as the demo officer");
    assert!(audit(&app, "session.login")
        .await
        .contains(&"council sign-in".to_string()));

    // The answer works once: the same address again signs nobody in.
    let replay = browser().get(&back).send().await.unwrap();
    assert_eq!(replay.status(), 400);
    assert!(!sets_session(&replay));
    let again = client.get(&back).send().await.unwrap();
    assert_eq!(again.status(), 400, "a used sign-in cannot be finished twice");
}

#[tokio::test]
async fn a_council_account_without_a_sayso_account_is_refused_kindly_and_audited() {
    let (app, provider) = council().await;
    let (_, r) = sign_in_with_council(&app, &provider, "stranger@demo.sayso.test").await;
    assert_eq!(r.status(), 403);
    assert!(!sets_session(&r));
    let body = r.text().await.unwrap();
    assert!(
        body.contains("There is no Sayso account for stranger@demo.sayso.test"),
        "{body}"
    );
    assert!(body.contains("Ask your Sayso administrator"));
    assert_eq!(
        audit(&app, "session.refused").await,
        vec!["council sign-in refused: no staff account for stranger@demo.sayso.test".to_string()],
        "recorded for the organisation whose staff share the email's domain"
    );
}

#[tokio::test]
async fn disabled_staff_and_unconfirmed_emails_are_refused() {
    let (app, provider) = council().await;
    add_user(&app, "demo", "gone@demo.sayso.test", "officer");
    app.execute("UPDATE users SET disabled = TRUE WHERE email = 'gone@demo.sayso.test'")
        .await;
    let (client, r) = sign_in_with_council(&app, &provider, "gone@demo.sayso.test").await;
    assert_eq!(r.status(), 403);
    assert!(!sets_session(&r));
    assert!(r.text().await.unwrap().contains("is switched off"));
    let list = client.get(app.url("/api/v1/orgs/demo/feedback")).send().await.unwrap();
    assert_eq!(list.status(), 401);

    // The council does not vouch for the email: an existing, enabled account
    // is still not opened on it.
    let client = browser();
    let back = to_callback(&app, &provider, &client, OFFICER.0, false).await;
    let r = client.get(&back).send().await.unwrap();
    assert_eq!(r.status(), 403);
    assert!(!sets_session(&r));
    assert!(r.text().await.unwrap().contains("has not confirmed"));
    let refused = audit(&app, "session.refused").await;
    assert_eq!(refused.len(), 2, "{refused:?}");
    assert!(refused[0].contains("disabled"));
    assert!(refused[1].contains("did not confirm"));
}

#[tokio::test]
async fn id_tokens_that_fail_any_check_let_nobody_in() {
    let (app, provider) = council().await;
    let cases = [
        ("issuer", json!({ "iss": "https://login.example.org/another-council" })),
        ("audience", json!({ "aud": "another-client" })),
        ("nonce", json!({ "nonce": "not-the-one-sayso-sent" })),
        ("expiry", json!({ "exp": -120 })),
        ("signature", json!({ "foreign_key": true })),
    ];
    for (what, change) in cases {
        provider.tamper(change).await;
        let (client, r) = sign_in_with_council(&app, &provider, OFFICER.0).await;
        assert_eq!(r.status(), 401, "wrong {what}");
        assert!(!sets_session(&r), "wrong {what}");
        assert!(
            r.text().await.unwrap().contains("could not confirm your sign-in"),
            "wrong {what}"
        );
        let list = client.get(app.url("/api/v1/orgs/demo/feedback")).send().await.unwrap();
        assert_eq!(list.status(), 401, "wrong {what}");
    }
    // Untouched, the same person gets in: the refusals were the checks.
    let (_, r) = sign_in_with_council(&app, &provider, OFFICER.0).await;
    assert_eq!(r.status(), 303);
}

#[tokio::test]
async fn a_sign_in_finishes_only_in_the_browser_that_started_it() {
    let (app, provider) = council().await;
    // The attacker's own sign-in, handed to someone else's browser.
    let attacker = browser();
    let back = to_callback(&app, &provider, &attacker, OFFICER.0, true).await;
    let victim = browser();
    let r = victim.get(&back).send().await.unwrap();
    assert_eq!(r.status(), 400);
    assert!(!sets_session(&r));
    assert!(r.text().await.unwrap().contains("started in another browser"));

    // A forged state in the right browser is refused too.
    let client = browser();
    let back = to_callback(&app, &provider, &client, OFFICER.0, true).await;
    let state = back
        .split("state=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap()
        .to_string();
    let forged = back.replace(&format!("state={state}"), "state=forged");
    let r = client.get(&forged).send().await.unwrap();
    assert_eq!(r.status(), 401);
    assert!(!sets_session(&r));
    // An error from the provider (the person pressed cancel) is said plainly.
    let client = browser();
    let start = client.get(app.url("/staff/oidc/start")).send().await.unwrap();
    let auth = location(&start, &app.address);
    let state = auth
        .split("state=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap()
        .to_string();
    let r = client
        .get(app.url(&format!("/staff/oidc/callback?error=access_denied&state={state}")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    assert!(r.text().await.unwrap().contains("cancelled"));

    // Beginning sign-ins without end from one address is slowed down
    // (each one is a row until it expires).
    let mut begun = 3;
    let mut slowed = None;
    for _ in 0..70 {
        let r = browser().get(app.url("/staff/oidc/start")).send().await.unwrap();
        if r.status() == 429 {
            slowed = Some(r.text().await.unwrap());
            break;
        }
        assert_eq!(r.status(), 303);
        begun += 1;
    }
    assert!(begun >= 60, "an office behind one address can still sign in: {begun}");
    assert!(slowed.expect("slowed down within 70").contains("Please wait a minute"));
}

#[tokio::test]
async fn an_admin_can_switch_password_sign_in_off_for_their_organisation() {
    let (app, provider) = council().await;
    add_user(&app, "demo", "admin@demo.sayso.test", "admin");
    let (ok, _, err) = run_cli(&app.db, &["org", "add", "other", "--name", "Other Council"], &[]);
    assert!(ok, "{err}");
    add_user(&app, "other", "officer@other.test", "officer");

    let (admin, csrf) = sign_in(&app, "admin@demo.sayso.test", TEST_PASSWORD).await;
    let page = admin
        .get(app.url("/staff/admin"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains(r#"id="sign-in-form""#));
    let r = admin
        .post(app.url("/staff/admin"))
        .form(&[("csrf", csrf.as_str()), ("action", "sign_in")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r
        .text()
        .await
        .unwrap()
        .contains("can only sign in with their council account"));
    assert_eq!(
        audit(&app, "settings.sign_in").await,
        vec!["password sign-in off: council sign-in only".to_string()]
    );

    // The demo organisation's staff are told plainly, by the API and the page.
    let (_, status, body) = sign_in_full(&app, OFFICER.0, OFFICER.1).await;
    assert_eq!(status, 403);
    assert!(
        body["error"].as_str().unwrap().contains("council accounts only"),
        "{body}"
    );
    let form = app
        .post_form("/staff/login", &[("email", OFFICER.0), ("password", OFFICER.1)])
        .await;
    assert_eq!(form.status(), 403);
    assert!(form.text().await.unwrap().contains("council accounts only"));
    // Another organisation's staff still use their passwords...
    let (officer, status, body) = sign_in_full(&app, "officer@other.test", TEST_PASSWORD).await;
    assert_eq!(status, 200);
    let officer_csrf = body["csrf_token"].as_str().unwrap().to_string();
    // ...and the demo officer gets in with the council account.
    let (_, r) = sign_in_with_council(&app, &provider, OFFICER.0).await;
    assert_eq!(r.status(), 303);

    // With every organisation council-only, the page shows only the button.
    app.execute("UPDATE orgs SET password_sign_in = FALSE").await;
    let page = app.get("/staff").await.text().await.unwrap();
    assert!(page.contains(r#"id="council-sign-in""#));
    assert!(
        !page.contains(r#"id="login-form""#),
        "no password form when nobody may use it"
    );

    // A non-admin's or a CSRF-less change is refused.
    let r = officer
        .post(app.url("/staff/admin"))
        .form(&[
            ("csrf", officer_csrf.as_str()),
            ("action", "sign_in"),
            ("password_sign_in", "yes"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let r = admin
        .post(app.url("/staff/admin"))
        .form(&[("csrf", "wrong"), ("action", "sign_in"), ("password_sign_in", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM orgs WHERE password_sign_in = TRUE")
            .await,
        0
    );
}

#[tokio::test]
async fn without_council_sign_in_passwords_stay_and_the_button_is_absent() {
    let app = TestApp::spawn().await;
    add_user(&app, "demo", "admin@demo.sayso.test", "admin");
    let page = app.get("/staff").await.text().await.unwrap();
    assert!(!page.contains("council-sign-in"));
    assert_eq!(app.get("/staff/oidc/start").await.status(), 404);
    let (admin, csrf) = sign_in(&app, "admin@demo.sayso.test", TEST_PASSWORD).await;
    let r = admin
        .post(app.url("/staff/admin"))
        .form(&[("csrf", csrf.as_str()), ("action", "sign_in")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422, "switching passwords off would lock everyone out");
    assert!(r.text().await.unwrap().contains("has to stay on"));
    // Even an organisation marked council-only keeps passwords while the
    // server has no council sign-in (otherwise nobody could get in).
    app.execute("UPDATE orgs SET password_sign_in = FALSE").await;
    let (_, status, _) = sign_in_full(&app, OFFICER.0, OFFICER.1).await;
    assert_eq!(status, 200);
}
