//! Easy read, through plain HTTP as a phone with JavaScript off sends it:
//! one question a screen, pictures only, nothing typed, a grown-up helping.

use sayso_tests::TestApp;

/// The value of the first hidden input called `name` in `html`.
fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let at = html.find(&marker).unwrap_or_else(|| panic!("no {name} in the form")) + marker.len();
    html[at..].split('"').next().unwrap().to_string()
}

/// The `href` of the first link whose address starts with `prefix`.
fn link(html: &str, prefix: &str) -> String {
    let marker = format!("href=\"{prefix}");
    let at = html.find(&marker).unwrap_or_else(|| panic!("no link to {prefix}")) + 6;
    html[at..].split('"').next().unwrap().replace("&amp;", "&")
}

async fn screen(app: &TestApp, path: &str) -> String {
    let r = app.get(path).await;
    assert_eq!(r.status(), 200, "{path}");
    r.text().await.unwrap()
}

#[tokio::test]
async fn a_six_year_old_sends_a_picture_and_a_face_with_a_grown_up_helping() {
    let app = TestApp::spawn().await;
    // From "how old are you?", 4 to 7 leads to easy read.
    let ages = screen(&app, "/demo/say").await;
    let start = link(&ages, "/demo/say/easy?age=4-7");
    assert!(ages.contains("href=\"/demo/say/easy\""), "anyone can pick easy read");
    // Each screen asks one thing, with big picture buttons that answer it.
    let who = screen(&app, &start).await;
    assert!(who.contains("Who is with you?") && who.contains("Step 2 of 6"));
    assert!(who.contains("name=\"who\" value=\"helper\""));
    assert!(who.contains("class=\"read-aloud\""), "every screen can be read aloud");
    assert!(!who.contains("<textarea"), "nothing to type");
    // A GET form: what is chosen so far rides along in hidden fields.
    assert_eq!(hidden(&who, "age"), "4-7");
    let kind = screen(&app, "/demo/say/easy?age=4-7&who=helper&lang=en").await;
    assert!(kind.contains("What do you want to tell us?"));
    assert!(kind.contains("Something is wrong"), "the youngest's words");
    let themes = screen(&app, "/demo/say/easy?age=4-7&who=helper&kind=worry").await;
    assert!(themes.contains("name=\"theme\" value=\"where-i-live\"") && themes.contains("My home"));
    let mood = screen(
        &app,
        "/demo/say/easy?age=4-7&who=helper&kind=worry&themes_done=1&theme=where-i-live",
    )
    .await;
    assert!(mood.contains("name=\"mood\" value=\"1\"") && mood.contains("Very sad"));
    let send = screen(
        &app,
        "/demo/say/easy?age=4-7&who=helper&kind=worry&themes_done=1&theme=where-i-live&mood=2",
    )
    .await;
    assert!(send.contains("Step 6 of 6") && send.contains("Your message"));
    assert!(send.contains("You don&#x27;t have to") || send.contains("You don't have to"));
    // Send with no words at all.
    let key = hidden(&send, "idempotency_key");
    let fields = [
        ("age_band", hidden(&send, "age_band")),
        ("kind", hidden(&send, "kind")),
        ("mood", hidden(&send, "mood")),
        ("themes", hidden(&send, "themes")),
        ("helper", hidden(&send, "helper")),
        ("easy", hidden(&send, "easy")),
        ("anonymous", "yes".to_string()),
        ("language", hidden(&send, "language")),
        ("idempotency_key", key.clone()),
        ("text", String::new()),
    ];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = app.post_form("/demo/say", &fields).await;
    assert_eq!(r.status(), 200);
    let thanks = r.text().await.unwrap();
    assert!(
        thanks.contains("data-reply-code=\""),
        "the thank-you page shows the code"
    );
    assert!(thanks.contains("Ask a grown-up to write these three words down."));
    // Stored as sent: a worry, sad, about home, 4-7, a grown-up helping, no words.
    let rows = app
        .query_strings(
            "SELECT kind, CAST(mood AS TEXT), age_band, CASE WHEN helper THEN 'helper' ELSE 'alone' END, body, language \
             FROM feedback WHERE idempotency_key IS NOT NULL OR kind = 'worry' ORDER BY id DESC",
        )
        .await;
    let row = rows.iter().find(|r| r[2].as_deref() == Some("4-7")).expect("stored");
    assert_eq!(
        row.iter().map(|c| c.clone().unwrap_or_default()).collect::<Vec<_>>(),
        ["worry", "2", "4-7", "helper", "", "en"]
    );
    let themed = app
        .count(
            "SELECT COUNT(*) FROM feedback_themes ft JOIN themes t ON t.id = ft.theme_id \
             JOIN feedback f ON f.id = ft.feedback_id WHERE t.slug = 'where-i-live' AND f.age_band = '4-7'",
        )
        .await;
    assert_eq!(themed, 1);
    // Sending again (a double tap, a retry) stores nothing new.
    assert_eq!(app.post_form("/demo/say", &fields).await.status(), 200);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM feedback WHERE age_band = '4-7' AND body = ''")
            .await,
        1
    );
}

#[tokio::test]
async fn going_back_keeps_every_answer_and_nonsense_starts_again_gently() {
    let app = TestApp::spawn().await;
    let all = "age=8-11&who=me&kind=idea&themes_done=1&theme=fun&theme=money&mood=5";
    // Back to the kind screen: the answer given is shown, later answers ride along.
    let kind = screen(&app, &format!("/demo/say/easy?{all}&step=kind")).await;
    assert!(
        kind.contains("value=\"idea\" aria-current=\"true\""),
        "the chosen picture is marked"
    );
    assert!(kind.contains("name=\"mood\" value=\"5\"") && kind.contains("name=\"theme\" value=\"money\""));
    // Its own Back link goes to the screen before with everything kept.
    let back_part = &kind[kind.find("class=\"easy-back\"").expect("a Back link")..];
    let back = link(back_part, "/demo/say/easy?");
    assert!(
        back.contains("kind=idea") && back.contains("mood=5") && back.ends_with("step=who"),
        "{back}"
    );
    // Answering it again goes straight back to the last screen, nothing lost.
    let send = screen(&app, &format!("/demo/say/easy?{all}")).await;
    assert!(send.contains("name=\"themes\" value=\"fun\"") && send.contains("name=\"themes\" value=\"money\""));
    // A later screen cannot be skipped to, and nonsense is simply not chosen.
    let early = screen(&app, "/demo/say/easy?age=4-7&step=send&mood=99&kind=<script>").await;
    assert!(early.contains("Who is with you?"));
    assert!(!early.contains("<script>alert") && !early.contains("value=\"<script>"));
    // Words never go in an address: the last screen sends them by POST.
    assert!(send.contains("<form id=\"say-form\" method=\"post\" action=\"/demo/say\""));
}

#[tokio::test]
async fn words_are_optional_for_the_youngest_and_on_easy_read_only() {
    let app = TestApp::spawn().await;
    // An older child on easy read sends pictures only…
    let easy = [
        ("age_band", "12-17"),
        ("kind", "good_news"),
        ("mood", "5"),
        ("easy", "1"),
    ];
    assert_eq!(app.post_form("/demo/say", &easy).await.status(), 200);
    // …but the full form still asks them for words, and keeps what was chosen.
    let full = [("age_band", "12-17"), ("kind", "good_news"), ("mood", "5")];
    let r = app.post_form("/demo/say", &full).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("Please write your message."));
    // The API: a 4-7-year-old's picture and face are a message.
    let r = app
        .post_feedback(&serde_json::json!({ "kind": "feeling", "mood": 1, "age_band": "4-7" }))
        .await;
    assert_eq!(r.status(), 201);
    // An easy-read message with a problem comes back to its own screen with the words kept.
    let broken = [("age_band", "4-7"), ("mood", "3"), ("easy", "1"), ("text", "my words")];
    let r = app.post_form("/demo/say", &broken).await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("Please choose what it is about.") && html.contains("What do you want to tell us?"));
    assert!(html.contains("my words"), "the words are kept");
    let r = app
        .post_form(
            "/demo/say",
            &[
                ("age_band", "4-7"),
                ("kind", "idea"),
                ("language", "xx"),
                ("easy", "1"),
                ("text", "my words"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("my words"), "the words are kept");
}
