use sayso_tests::{message, TestApp};
use serde_json::Value;

async fn send(app: &TestApp) -> String {
    let body: Value = app.post_feedback(&message()).await.json().await.unwrap();
    body["reply_code"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn a_reply_code_shows_the_status_of_the_message() {
    let app = TestApp::spawn().await;
    let code = send(&app).await;
    let r = app.get(&format!("/api/v1/orgs/demo/replies/{code}")).await;
    assert_eq!(r.status(), 200);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["status"], "sent");
    assert_eq!(body["reply_code"], code.as_str());
    assert!(body["replies"].as_array().unwrap().is_empty());
    assert!(!body["status_text"].as_str().unwrap().is_empty());
}

#[tokio::test]
async fn a_code_typed_with_spaces_and_capitals_still_works() {
    let app = TestApp::spawn().await;
    let code = send(&app).await;
    let typed = code.replace('-', "%20").to_uppercase();
    assert_eq!(
        app.get(&format!("/api/v1/orgs/demo/replies/{typed}")).await.status(),
        200
    );
}

#[tokio::test]
async fn an_unknown_code_or_another_organisations_code_is_not_found() {
    let app = TestApp::spawn().await;
    let code = send(&app).await;
    let (ok, _, err) = sayso_tests::run_cli(
        &app.db,
        &["org", "add", "elsewhere", "--name", "Elsewhere Council"],
        &[],
    );
    assert!(ok, "{err}");
    let r = app.get(&format!("/api/v1/orgs/elsewhere/replies/{code}")).await;
    assert_eq!(r.status(), 404, "codes do not cross organisations");
    let r = app.get("/api/v1/orgs/demo/replies/not-a-code").await;
    assert_eq!(r.status(), 404);
    let body: Value = r.json().await.unwrap();
    assert!(body["error"].as_str().unwrap().contains("three words"));
}

#[tokio::test]
async fn reply_code_lookups_are_rate_limited() {
    let app = TestApp::spawn_with(&[("SAYSO_REPLY_LOOKUPS_PER_MINUTE", "3")]).await;
    let code = send(&app).await;
    for _ in 0..3 {
        assert_eq!(
            app.get(&format!("/api/v1/orgs/demo/replies/{code}")).await.status(),
            200
        );
    }
    let r = app.get(&format!("/api/v1/orgs/demo/replies/{code}")).await;
    assert_eq!(r.status(), 429);
    let body: Value = r.json().await.unwrap();
    assert!(body["error"].as_str().unwrap().contains("wait"));
    let page = app.post_form("/demo/reply", &[("code", &code)]).await;
    assert_eq!(page.status(), 429, "the page shares the limit");
    assert!(page.text().await.unwrap().contains("Too many tries"));
}
