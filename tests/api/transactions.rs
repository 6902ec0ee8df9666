//! A staff change and its audit entry commit together or not at all: when
//! the audit log cannot be written, the change (and the email or alert
//! that belongs to it) is undone too, and the person sees a kind answer,
//! not a half-done change.

use sayso_tests::{add_user, item_id, using_postgres, StaffClient, TestApp, TEST_PASSWORD};
use serde_json::{json, Value};

/// Makes every insert into the audit log fail, as a full disk or a broken
/// audit table would.
async fn break_the_audit_log(app: &TestApp) {
    if using_postgres() {
        app.execute(
            "CREATE FUNCTION audit_down() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit down'; END; $$ LANGUAGE plpgsql",
        )
        .await;
        app.execute("CREATE TRIGGER audit_down BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_down()")
            .await;
    } else {
        app.execute(
            "CREATE TRIGGER audit_down BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit down'); END",
        )
        .await;
    }
}

async fn mend_the_audit_log(app: &TestApp) {
    if using_postgres() {
        app.execute("DROP TRIGGER audit_down ON audit_log").await;
    } else {
        app.execute("DROP TRIGGER audit_down").await;
    }
}

/// Asserts a page answer is the kind "nothing was changed" page.
async fn kind_page(r: reqwest::Response, what: &str) {
    assert_eq!(r.status(), 503, "{what}: the change is refused as a whole");
    let html = r.text().await.unwrap();
    assert!(
        html.contains("nothing was changed") && html.contains("try again"),
        "{what}: a kind page says nothing was changed: {html}"
    );
    assert!(!html.contains("audit down"), "{what}: the cause is logged, never shown");
}

#[tokio::test]
async fn a_change_whose_audit_entry_cannot_be_written_is_undone_with_its_email() {
    let app = TestApp::spawn().await;
    let named = json!({
        "kind": "worry", "text": "Nobody told me when my review meeting is",
        "mood": 2, "age_band": "16-25", "care_status": "care_leaver",
        "anonymous": false, "name": "Sam", "contact_email": "sam@example.test", "email_consent": true
    });
    assert_eq!(app.post_feedback(&named).await.status(), 201);
    add_user(&app, "demo", "admin@demo.sayso.test", "admin");
    // Signing in is audited too: everyone signs in while the log works.
    let officer = StaffClient::officer(&app).await;
    let admin = StaffClient::sign_in(&app, "admin@demo.sayso.test", TEST_PASSWORD).await;
    let id = item_id(&app, &officer.client, "text", &named["text"]).await;
    let id_s = id.to_string();
    let r = officer
        .form(
            "/staff/actions",
            &[
                ("you_said", "Reviews come as a surprise"),
                ("you_said_young", ""),
                ("we_did", "Every review date is sent a month ahead"),
                ("status", "planned"),
                ("published", "yes"),
                ("items", &id_s),
            ],
        )
        .await;
    assert_eq!(r.status(), 303, "the action is made while the audit log works");
    let action: i64 = r.headers()["location"].to_str().unwrap()["/staff/actions/".len()..]
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let officer_id = app
        .count("SELECT id FROM users WHERE email = 'officer@demo.sayso.test'")
        .await;
    let outbox_before = app.count("SELECT COUNT(*) FROM outbox").await;
    let audit_before = app.count("SELECT COUNT(*) FROM audit_log").await;

    break_the_audit_log(&app).await;

    // A reply: not saved, and no email to Sam about it.
    let r = officer
        .form(
            &format!("/staff/feedback/{id}"),
            &[("action", "reply"), ("body", "We will send you the date today.")],
        )
        .await;
    kind_page(r, "reply").await;
    assert_eq!(
        app.count(&format!("SELECT COUNT(*) FROM replies WHERE feedback_id = {id}"))
            .await,
        0
    );

    // A status.
    let r = officer
        .form(
            &format!("/staff/feedback/{id}"),
            &[("action", "status"), ("status", "closed")],
        )
        .await;
    kind_page(r, "status").await;
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM feedback WHERE id = {id} AND status = 'closed'"
        ))
        .await,
        0
    );

    // Progress on an action: no new status, no update, nobody emailed.
    let r = officer
        .form(
            &format!("/staff/actions/{action}"),
            &[
                ("action", "progress"),
                ("status", "done"),
                ("body", "Dates now go out with the invitation."),
            ],
        )
        .await;
    kind_page(r, "action progress").await;
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM actions WHERE id = {action} AND status = 'planned'"
        ))
        .await,
        1
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM action_updates WHERE action_id = {action}"
        ))
        .await,
        0
    );

    // An admin disabling a user: the user is not disabled, their session lives.
    let r = admin
        .form(
            "/staff/admin",
            &[("action", "disable"), ("user_id", &officer_id.to_string())],
        )
        .await;
    kind_page(r, "disable a user").await;
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM users WHERE id = {officer_id} AND disabled"
        ))
        .await,
        0
    );
    let list = officer.get("/api/v1/orgs/demo/feedback").await;
    assert_eq!(list.status(), 200, "the officer is still signed in");

    // The API answers in JSON, and nothing changes either.
    let r = officer
        .post_json("/api/v1/orgs/demo/surveys/wellbeing/close", &json!({}))
        .await;
    assert!(
        r.status().is_server_error(),
        "closing a survey fails whole: {}",
        r.status()
    );
    let body: Value = r.json().await.unwrap();
    assert!(body["error"]
        .as_str()
        .is_some_and(|e| e.contains("try again") && !e.contains("audit down")));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM surveys WHERE slug = 'wellbeing' AND status = 'open'")
            .await,
        1,
        "the survey is still open"
    );

    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox").await,
        outbox_before,
        "no email went to the outbox"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log").await, audit_before);
    assert!(
        app.logs().iter().any(|l| l.contains("audit down")),
        "every failure is logged with its cause"
    );

    // With the log mended the same reply goes through, with its email.
    mend_the_audit_log(&app).await;
    let r = officer
        .form(
            &format!("/staff/feedback/{id}"),
            &[("action", "reply"), ("body", "We will send you the date today.")],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(
        app.count(&format!("SELECT COUNT(*) FROM replies WHERE feedback_id = {id}"))
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox").await,
        outbox_before + 1,
        "Sam's email is queued"
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'feedback.reply' AND feedback_id = {id}"
        ))
        .await,
        1
    );
}

#[tokio::test]
async fn survey_admin_and_report_changes_whose_audit_entry_cannot_be_written_are_undone() {
    let app = TestApp::spawn().await;
    add_user(&app, "demo", "admin@demo.sayso.test", "admin");
    add_user(&app, "demo", "board@demo.sayso.test", "board");
    let officer = StaffClient::officer(&app).await;
    let admin = StaffClient::sign_in(&app, "admin@demo.sayso.test", TEST_PASSWORD).await;
    let r = officer
        .form("/staff/surveys", &[("title", "Your school"), ("slug", "your-school")])
        .await;
    assert_eq!(r.status(), 303, "a draft is made while the audit log works");
    let count = |sql: &'static str| app.count(sql);
    let surveys_before = count("SELECT COUNT(*) FROM surveys").await;
    let users_before = count("SELECT COUNT(*) FROM users").await;
    let themes_before = count("SELECT COUNT(*) FROM themes").await;
    let outbox_before = count("SELECT COUNT(*) FROM outbox").await;
    let audit_before = count("SELECT COUNT(*) FROM audit_log").await;

    break_the_audit_log(&app).await;

    // A survey made through the API: a JSON error, and no survey.
    let r = officer
        .post_json(
            "/api/v1/orgs/demo/surveys",
            &json!({"slug": "your-home", "title": "Your home",
                    "questions": [{"kind": "faces", "text": "How is home?"}]}),
        )
        .await;
    assert!(
        r.status().is_server_error(),
        "creating a survey fails whole: {}",
        r.status()
    );
    let body: Value = r.json().await.unwrap();
    assert!(body["error"]
        .as_str()
        .is_some_and(|e| e.contains("try again") && !e.contains("audit down")));

    // The same from the staff page.
    let r = officer
        .form("/staff/surveys", &[("title", "Your home"), ("slug", "your-home")])
        .await;
    kind_page(r, "create a survey").await;

    // Saving the draft's words: they stay as they were.
    let r = officer
        .form(
            "/staff/surveys/your-school",
            &[
                ("title", "Your school and college"),
                ("intro", "About school"),
                ("op", "save"),
            ],
        )
        .await;
    kind_page(r, "save a survey").await;
    assert_eq!(
        count("SELECT COUNT(*) FROM surveys WHERE slug = 'your-school' AND title = 'Your school'").await,
        1,
        "the survey keeps its title"
    );

    // A new round of it: none is made.
    let r = officer
        .form(
            "/staff/surveys/your-school",
            &[
                ("title", "Your school"),
                ("op", "round"),
                ("round_slug", "your-school-2"),
            ],
        )
        .await;
    kind_page(r, "start a new round").await;
    assert_eq!(count("SELECT COUNT(*) FROM surveys").await, surveys_before);

    // Admin changes: the organisation's name, a theme, an invitation (and
    // its email).
    let r = admin
        .form(
            "/staff/admin",
            &[
                ("action", "settings"),
                ("name", "Renamed Council"),
                ("term_in_care", "children in our care"),
                ("out_of_hours_phone", ""),
                ("advocacy", ""),
                ("complaints", ""),
                ("retention_months", "24"),
                ("reply_within_days", "5"),
            ],
        )
        .await;
    kind_page(r, "change the settings").await;
    assert_eq!(
        count("SELECT COUNT(*) FROM orgs WHERE name = 'Renamed Council'").await,
        0
    );
    let r = admin
        .form(
            "/staff/admin",
            &[
                ("action", "add_theme"),
                ("label", "Pets"),
                ("young_label", "Pets"),
                ("icon", ""),
                ("keywords", "dog, cat"),
            ],
        )
        .await;
    kind_page(r, "add a theme").await;
    assert_eq!(count("SELECT COUNT(*) FROM themes").await, themes_before);
    let r = admin
        .form(
            "/staff/admin",
            &[
                ("action", "invite"),
                ("email", "new@demo.sayso.test"),
                ("role", "officer"),
            ],
        )
        .await;
    kind_page(r, "invite a user").await;
    assert_eq!(count("SELECT COUNT(*) FROM users").await, users_before);

    // The Board report emailed: no email goes.
    let r = officer.form("/staff/report/email", &[("from", ""), ("to", "")]).await;
    kind_page(r, "email the board report").await;

    assert_eq!(count("SELECT COUNT(*) FROM surveys").await, surveys_before);
    assert_eq!(
        count("SELECT COUNT(*) FROM outbox").await,
        outbox_before,
        "no email went to the outbox"
    );
    assert_eq!(count("SELECT COUNT(*) FROM audit_log").await, audit_before);

    // Mended, the same changes go through, each with its entry.
    mend_the_audit_log(&app).await;
    let r = officer
        .form(
            "/staff/surveys/your-school",
            &[
                ("title", "Your school and college"),
                ("intro", "About school"),
                ("op", "save"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(
        count("SELECT COUNT(*) FROM audit_log WHERE action = 'survey_saved' AND detail = 'your-school'").await,
        1
    );
    let r = admin
        .form(
            "/staff/admin",
            &[
                ("action", "invite"),
                ("email", "new@demo.sayso.test"),
                ("role", "officer"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(count("SELECT COUNT(*) FROM users").await, users_before + 1);
    assert_eq!(
        count("SELECT COUNT(*) FROM outbox").await,
        outbox_before + 1,
        "the invitation is queued"
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM audit_log WHERE action = 'admin.invite'").await,
        1
    );
}
