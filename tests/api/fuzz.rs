//! A fuzzing pass over every HTML form (the JSON API is fuzzed from its
//! OpenAPI document by tests/fuzz/run): random and hostile fields must never
//! cause a 5xx, stop the server, or store anything malformed.

use sayso_tests::{add_user, sign_in, TestApp, OFFICER, TEST_PASSWORD};

/// A small deterministic generator (xorshift), so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const NAMES: &[&str] = &[
    "age_band",
    "kind",
    "mood",
    "text",
    "themes",
    "anonymous",
    "name",
    "contact_email",
    "email_consent",
    "helper",
    "unsafe",
    "idempotency_key",
    "code",
    "email",
    "password",
    "csrf",
    "action",
    "body",
    "status",
    "label",
    "young_label",
    "icon",
    "keywords",
    "retired",
    "theme_id",
    "user_id",
    "token_id",
    "role",
    "who",
    "confirm",
    "you_said",
    "we_did",
    "reason",
    "due_on",
    "published",
    "owner_id",
    "redacted",
    "retention_months",
    "reply_within_days",
    "term_in_care",
    "out_of_hours_phone",
    "x\u{0}y",
    "",
];

fn values(long: &str) -> Vec<String> {
    [
        "",
        " ",
        "0",
        "-1",
        "6",
        "3",
        "99999999999999999999999",
        "1e9",
        "NaN",
        "yes",
        "no",
        "on",
        "true",
        "12-17",
        "4-7",
        "16-25",
        "in_care",
        "care_leaver",
        "idea",
        "worry",
        "good_news",
        "fun",
        "money",
        "new",
        "closed",
        "replied",
        "admin",
        "board",
        "reply",
        "note",
        "status",
        "themes",
        "settings",
        "theme",
        "add_theme",
        "invite",
        "token",
        "revoke",
        "disable",
        "person_find",
        "person_erase",
        "person_export",
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        "\u{0}",
        "\u{202e}gnp.exe",
        "👩🏽‍🦱 ✨ عربي",
        "a@b",
        "officer@demo.sayso.test",
        "2026-02-30",
        "9999-99-99",
        "../../etc/passwd",
        "%00",
        "\r\n\r\nX-Injected: 1",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain([long.to_string()])
    .collect()
}

fn form(rng: &mut Rng, csrf: &str, vals: &[String]) -> String {
    let mut pairs = form_urlencoded::Serializer::new(String::new());
    if !rng.next().is_multiple_of(4) {
        pairs.append_pair("csrf", csrf);
    }
    for _ in 0..(rng.next() % 9) {
        let name = rng.pick(NAMES);
        let value = &vals[(rng.next() % vals.len() as u64) as usize];
        pairs.append_pair(name, value);
    }
    pairs.finish()
}

#[tokio::test]
async fn no_form_input_breaks_the_server_or_stores_garbage() {
    let app = TestApp::spawn().await;
    add_user(&app, "demo", "admin@demo.sayso.test", "admin");
    let (admin, admin_csrf) = sign_in(&app, "admin@demo.sayso.test", TEST_PASSWORD).await;
    let (officer, officer_csrf) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    let long = "Ω".repeat(6_000);
    let vals = values(&long);
    let mut rng = Rng(0x0005_a750_c0de);
    let young = ["/demo/say", "/demo/help", "/demo/reply", "/staff/login", "/nope/say"];
    let staff = [
        "/staff/feedback/1",
        "/staff/feedback/999999",
        "/staff/actions",
        "/staff/actions/1",
        "/staff/admin",
        "/staff/alerts/1",
    ];
    let mut sent = 0;
    for round in 0..300 {
        let (client, csrf, path) = if round % 2 == 0 {
            (&app.client, "", rng.pick(&young))
        } else if round % 4 == 1 {
            (&officer, officer_csrf.as_str(), rng.pick(&staff))
        } else {
            (&admin, admin_csrf.as_str(), rng.pick(&staff))
        };
        let body = form(&mut rng, csrf, &vals);
        let r = client
            .post(app.url(path))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body.clone())
            .send()
            .await
            .unwrap();
        assert!(
            r.status().as_u16() < 500,
            "POST {path} {body:?} answered {}",
            r.status()
        );
        sent += 1;
    }
    assert_eq!(app.get("/healthz").await.status(), 200, "the server is still up");
    let malformed = app
        .count(
            "SELECT COUNT(*) FROM feedback WHERE kind NOT IN ('good_news','worry','idea','meeting','feeling') \
             OR (mood IS NOT NULL AND (mood < 1 OR mood > 5)) \
             OR (age_band IS NOT NULL AND age_band NOT IN ('4-7','8-11','12-17','16-25')) \
             OR (care_status IS NOT NULL AND care_status NOT IN ('in_care','care_leaver')) \
             OR LENGTH(body) > 5000 OR (anonymous AND (name IS NOT NULL OR contact_email IS NOT NULL))",
        )
        .await;
    let stored = app.count("SELECT COUNT(*) FROM feedback").await;
    println!("form fuzz: {sent} forms posted, {stored} messages stored, {malformed} malformed");
    assert_eq!(malformed, 0);
}
