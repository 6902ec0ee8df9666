//! The organisation admin: words and contacts, themes, staff, API tokens.

use sayso_tests::{item_id, message, run_cli, sign_in, SmtpSink, TestApp};
use serde_json::json;

async fn admin(app: &TestApp) -> (reqwest::Client, String) {
    let (ok, _, err) = run_cli(
        &app.db,
        &[
            "user",
            "add",
            "--org",
            "demo",
            "--email",
            "admin@demo.sayso.test",
            "--role",
            "admin",
        ],
        &[("SAYSO_PASSWORD", "correct horse battery")],
    );
    assert!(ok, "{err}");
    sign_in(app, "admin@demo.sayso.test", "correct horse battery").await
}

async fn post(app: &TestApp, client: &reqwest::Client, fields: &[(&str, &str)]) -> reqwest::Response {
    client.post(app.url("/staff/admin")).form(fields).send().await.unwrap()
}

#[tokio::test]
async fn an_admin_changes_the_words_and_contacts_young_people_see() {
    let app = TestApp::spawn().await;
    let (client, csrf) = admin(&app).await;
    let settings = |term: &'static str, retention: &'static str| {
        vec![
            ("csrf", csrf.clone()),
            ("action", "settings".to_string()),
            ("name", "Demo Council".to_string()),
            ("term_in_care", term.to_string()),
            ("out_of_hours_phone", "0300 999 0000".to_string()),
            ("advocacy", "Ring Voices on 0800 111 2222".to_string()),
            ("complaints", "Write to complaints@demo.example".to_string()),
            ("retention_months", retention.to_string()),
            ("reply_within_days", "3".to_string()),
        ]
    };
    let bad = client
        .post(app.url("/staff/admin"))
        .form(&settings("cared for children", "2"))
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 422);
    assert!(bad.text().await.unwrap().contains("6 to 120 months"));
    let ok = client
        .post(app.url("/staff/admin"))
        .form(&settings("cared for children", "18"))
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 303);
    let home = app.get("/demo").await.text().await.unwrap();
    assert!(home.contains("cared for children") && home.contains("Voices on 0800 111 2222"));
    assert!(app
        .get("/demo/help")
        .await
        .text()
        .await
        .unwrap()
        .contains("0300 999 0000"));
}

#[tokio::test]
async fn an_admin_retires_and_adds_themes_and_their_keywords_suggest_them() {
    let app = TestApp::spawn().await;
    let (client, csrf) = admin(&app).await;
    let page = client
        .get(app.url("/staff/admin"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let at = page.find("value=\"Money\"").expect("the money theme is listed");
    let id_at = page[..at].rfind("name=\"theme_id\" value=\"").unwrap() + 23;
    let id: String = page[id_at..].chars().take_while(|c| c.is_ascii_digit()).collect();
    let r = post(
        &app,
        &client,
        &[
            ("csrf", &csrf),
            ("action", "theme"),
            ("theme_id", &id),
            ("label", "Money"),
            ("young_label", "Money"),
            ("icon", "💷"),
            ("keywords", "cash"),
            ("retired", "yes"),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    let form = app.get("/demo/say?age=12-17").await.text().await.unwrap();
    assert!(!form.contains("value=\"money\""), "a retired theme is not offered");
    let mut m = message();
    m["themes"] = json!(["money"]);
    assert_eq!(app.post_feedback(&m).await.status(), 422);

    let r = post(
        &app,
        &client,
        &[
            ("csrf", &csrf),
            ("action", "add_theme"),
            ("label", "Pets and animals"),
            ("young_label", "Pets"),
            ("icon", "🐶"),
            ("keywords", "dog, hamster"),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    let form = app.get("/demo/say?age=8-11").await.text().await.unwrap();
    assert!(form.contains("value=\"pets-and-animals\"") && form.contains(">Pets<"));
    let mut m = message();
    m["text"] = json!("Please can I keep a hamster");
    app.post_feedback(&m).await;
    let id = item_id(&app, &client, "text", &m["text"]).await;
    let item = client
        .get(app.url(&format!("/staff/feedback/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(item.contains("Suggested from the words: Pets and animals"));
}

#[tokio::test]
async fn an_invitation_link_sets_a_password_once() {
    let sink = SmtpSink::start().await;
    let app = TestApp::spawn_with(&[("SMTP_URL", &sink.url())]).await;
    let (client, csrf) = admin(&app).await;
    let r = post(
        &app,
        &client,
        &[
            ("csrf", &csrf),
            ("action", "invite"),
            ("email", "New.Officer@demo.sayso.test"),
            ("role", "officer"),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    let mail = sink.wait_for(1).await;
    assert_eq!(mail.len(), 1);
    let at = mail[0].find("/staff/invite/").expect("a link in the invitation");
    let path: String = mail[0][at..].chars().take_while(|c| !c.is_whitespace()).collect();
    let stranger = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let form = stranger.get(app.url(&path)).send().await.unwrap();
    assert_eq!(form.status(), 200);
    assert!(form.text().await.unwrap().contains("new.officer@demo.sayso.test"));
    let mismatch = stranger
        .post(app.url(&path))
        .form(&[("password", "a long password 1"), ("confirm", "different")])
        .send()
        .await
        .unwrap();
    assert_eq!(mismatch.status(), 422);
    let ok = stranger
        .post(app.url(&path))
        .form(&[("password", "a long password 1"), ("confirm", "a long password 1")])
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 200);
    let (_, csrf) = sign_in(&app, "new.officer@demo.sayso.test", "a long password 1").await;
    assert!(!csrf.is_empty(), "the new officer can sign in");
    let again = stranger.get(app.url(&path)).send().await.unwrap();
    assert_eq!(again.status(), 404, "the link works once");
}

#[tokio::test]
async fn disabling_a_user_ends_their_sessions_and_sign_ins() {
    let app = TestApp::spawn().await;
    let (client, csrf) = admin(&app).await;
    let (officer, _) = sign_in(&app, "officer@demo.sayso.test", "demo-officer-password").await;
    assert_eq!(
        officer
            .get(app.url("/api/v1/orgs/demo/feedback"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    let page = client
        .get(app.url("/staff/admin"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let at = page.find("officer@demo.sayso.test").unwrap();
    let id_at = page[at..].find("name=\"user_id\" value=\"").unwrap() + at + 22;
    let id: String = page[id_at..].chars().take_while(|c| c.is_ascii_digit()).collect();
    let r = post(
        &app,
        &client,
        &[("csrf", &csrf), ("action", "disable"), ("user_id", &id)],
    )
    .await;
    assert_eq!(r.status(), 303);
    assert_eq!(
        officer
            .get(app.url("/api/v1/orgs/demo/feedback"))
            .send()
            .await
            .unwrap()
            .status(),
        401
    );
    let (_, csrf) = sign_in(&app, "officer@demo.sayso.test", "demo-officer-password").await;
    assert!(csrf.is_empty(), "a disabled user cannot sign in");
}

#[tokio::test]
async fn api_tokens_are_shown_once_work_as_bearer_and_can_be_revoked() {
    let app = TestApp::spawn().await;
    let (client, csrf) = admin(&app).await;
    let page = post(
        &app,
        &client,
        &[("csrf", &csrf), ("action", "token"), ("name", "Case system")],
    )
    .await
    .text()
    .await
    .unwrap();
    let at = page.find("sayso_").expect("the new token is shown");
    let token: String = page[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let bearer = |path: &str, token: &str| {
        reqwest::Client::new()
            .get(app.url(path))
            .header("Authorization", format!("Bearer {token}"))
            .send()
    };
    assert_eq!(
        bearer("/api/v1/orgs/demo/feedback", &token).await.unwrap().status(),
        200
    );
    assert_eq!(
        bearer("/api/v1/orgs/demo/feedback", "sayso_guess")
            .await
            .unwrap()
            .status(),
        401
    );
    let (ok, _, _) = run_cli(&app.db, &["org", "add", "elsewhere", "--name", "Elsewhere"], &[]);
    assert!(ok);
    assert_eq!(
        bearer("/api/v1/orgs/elsewhere/feedback", &token)
            .await
            .unwrap()
            .status(),
        403
    );
    let listed = client
        .get(app.url("/staff/admin"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!listed.contains(&token), "shown once, never again");
    let id_at = listed.find("name=\"token_id\" value=\"").unwrap() + 23;
    let id: String = listed[id_at..].chars().take_while(|c| c.is_ascii_digit()).collect();
    post(
        &app,
        &client,
        &[("csrf", &csrf), ("action", "revoke"), ("token_id", &id)],
    )
    .await;
    assert_eq!(
        bearer("/api/v1/orgs/demo/feedback", &token).await.unwrap().status(),
        401
    );
}

#[tokio::test]
async fn only_admins_reach_the_admin_page() {
    let app = TestApp::spawn().await;
    let (officer, csrf) = sign_in(&app, "officer@demo.sayso.test", "demo-officer-password").await;
    assert_eq!(officer.get(app.url("/staff/admin")).send().await.unwrap().status(), 403);
    let r = officer
        .post(app.url("/staff/admin"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("action", "invite"),
            ("email", "x@y.example"),
            ("role", "admin"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let (admin, _) = admin(&app).await;
    let forged = admin
        .post(app.url("/staff/admin"))
        .form(&[("csrf", "forged"), ("action", "settings")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403, "CSRF");
}
